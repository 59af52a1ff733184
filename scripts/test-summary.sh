#!/usr/bin/env bash
# Adds up the Surefire and Failsafe reports of every module and prints one closing line.
cd "$(dirname "$0")/.."
python3 - <<'PY'
import glob, xml.etree.ElementTree as ET
totals = {}
for path in glob.glob('*/target/surefire-reports/TEST-*.xml') + glob.glob('*/target/failsafe-reports/TEST-*.xml'):
    suite = ET.parse(path).getroot()
    module = path.split('/')[0]
    t = totals.setdefault(module, [0, 0, 0])
    tests, failures, errors, skipped = (int(suite.get(k, 0)) for k in ('tests', 'failures', 'errors', 'skipped'))
    t[0] += tests - failures - errors - skipped
    t[1] += failures + errors
    t[2] += skipped
for module, (p, f, s) in sorted(totals.items()):
    print(f"  {module}: {p} passed, {f} failed, {s} skipped")
p, f, s = (sum(t[i] for t in totals.values()) for i in range(3))
print(f"{p} passed, {f} failed, {s} skipped")
PY
