# Calendar arithmetic without the datetime module.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def day_of_year(y, m, d):
    return sum(days_in_month(y, i) for i in range(1, m)) + d
def days_since_epoch(y, m, d):
    days = sum(366 if is_leap(yy) else 365 for yy in range(1970, y))
    return days + day_of_year(y, m, d) - 1
NAMES = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday']
def weekday(y, m, d):
    return NAMES[days_since_epoch(y, m, d) % 7]
print([y for y in range(1896, 1930) if is_leap(y)])
print(is_leap(1900), is_leap(2000), is_leap(2024), is_leap(2100))
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 12, 25), (1999, 12, 31), (2038, 1, 19)]:
    print('%04d-%02d-%02d' % date, day_of_year(*date), days_since_epoch(*date), weekday(*date))
print(days_since_epoch(2024, 1, 1) - days_since_epoch(2023, 1, 1))
print(days_since_epoch(2038, 1, 19) * 86400)
def calendar(y, m):
    print(f'{y}-{m:02d}'.center(20))
    print('Mo Tu We Th Fr Sa Su')
    first = (days_since_epoch(y, m, 1) + 3) % 7
    cells = ['  '] * first + [f'{d:2d}' for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(' '.join(cells[i:i + 7]))
calendar(2024, 2)
calendar(2023, 10)
