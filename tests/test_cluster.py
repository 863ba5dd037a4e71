"""A local Dask cluster (``ingest --executor dask`` without ``--scheduler``) listens on loopback only."""
from __future__ import annotations

import ipaddress

import psutil

from minutes.pipeline import local_cluster


def test_a_local_cluster_listens_on_loopback_only() -> None:
    cluster = local_cluster(1)
    try:
        processes = [psutil.Process(), *psutil.Process().children(recursive=True)]
        listening = {conn.laddr for proc in processes for conn in proc.net_connections(kind="inet")
                     if conn.status == psutil.CONN_LISTEN}
        assert listening, "the cluster listens somewhere"
        assert all(ipaddress.ip_address(addr.ip).is_loopback for addr in listening), listening
    finally:
        cluster.close()
