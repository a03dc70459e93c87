import sys

config = {"retries": 3, "mode": "fast"}


def check(cfg):
    errors = []
    if cfg.get("retries", 0) > 2:
        errors.append("retries too high")
    if cfg.get("mode") not in ("safe", "slow"):
        errors.append(f"unknown mode {cfg.get('mode')!r}")
    return errors


problems = check(config)
for p in problems:
    print(f"error: {p}", file=sys.stderr)
print(f"{len(problems)} problem(s)")
try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
if problems:
    sys.exit("fatal: invalid configuration")
