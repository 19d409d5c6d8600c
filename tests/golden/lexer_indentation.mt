# Different indentation widths in different blocks are fine if consistent per block.
if True:
  print('two spaces')
  if True:
        print('eight more')
        if True:
         print('one more')
  print('back to two')
def f():
            return 'twelve'
print(f())
class A:
   def m(self):
       if self:
           return 'ok'
print(A().m())
for i in range(2):
 for j in range(2):
  print(i, j)
x = 0
while x < 3:
    x += 1
    if x == 2:
        continue
    print('x', x)
else:
    print('while else')
def g():
    def h():
        def k():
            return 'deep'
        return k()
    return h()
print(g())
print("dedent many levels at once")
