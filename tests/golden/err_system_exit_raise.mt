# raise SystemExit(4) directly.
print('raising SystemExit(4)')
raise SystemExit(4)
