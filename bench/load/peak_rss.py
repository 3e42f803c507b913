"""The peak resident memory of a running process, for the load scripts."""


def peak_rss_mb(pid: int) -> float:
    """VmHWM of /proc/PID/status, in MB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")
