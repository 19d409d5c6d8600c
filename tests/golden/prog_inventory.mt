# An inventory report: dicts of records, aggregation, sorting and formatted tables.
inventory = [
    {'sku': 'A-100', 'name': 'widget', 'qty': 12, 'price': 2.5, 'tags': ['small', 'metal']},
    {'sku': 'B-220', 'name': 'gadget', 'qty': 0, 'price': 12.99, 'tags': ['electronic']},
    {'sku': 'C-310', 'name': 'doohickey', 'qty': 150, 'price': 0.35, 'tags': ['small']},
    {'sku': 'D-400', 'name': 'thingamajig', 'qty': 7, 'price': 149.0, 'tags': ['large', 'electronic']},
    {'sku': 'E-555', 'name': 'whatsit', 'qty': 31, 'price': 7.25, 'tags': []},
]
header = f"{'SKU':<7}{'Name':<13}{'Qty':>5}{'Price':>9}{'Value':>10}"
print(header)
print('=' * len(header))
for item in sorted(inventory, key=lambda i: i['qty'] * i['price'], reverse=True):
    value = item['qty'] * item['price']
    flag = ' (out of stock)' if item['qty'] == 0 else ''
    print(f"{item['sku']:<7}{item['name']:<13}{item['qty']:>5}{item['price']:>9.2f}{value:>10.2f}{flag}")
total = sum(i['qty'] * i['price'] for i in inventory)
print('-' * len(header))
print(f"{'TOTAL':<25}{sum(i['qty'] for i in inventory):>5}{'':>9}{total:>10.2f}")
tags = {}
for item in inventory:
    for tag in item['tags']:
        tags.setdefault(tag, []).append(item['name'])
for tag in sorted(tags):
    print(f'{tag:>10}: {", ".join(sorted(tags[tag]))}')
untagged = [i['name'] for i in inventory if not i['tags']]
print('untagged:', untagged)
restock = {i['sku']: max(0, 20 - i['qty']) for i in inventory if i['qty'] < 20}
print('restock:', restock)
cheap, pricey = [], []
for i in inventory:
    (cheap if i['price'] < 5 else pricey).append(i['name'])
print(cheap, pricey)
print('%-10s|%6.1f%%' % ('small', 100 * len(tags['small']) / len(inventory)))
avg = total / len(inventory)
print('average value per line: {:,.3f}'.format(avg))
print('most expensive: {name} at ${price:.2f}'.format(**max(inventory, key=lambda i: i['price'])))
