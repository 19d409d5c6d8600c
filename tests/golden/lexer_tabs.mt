# Tabs used consistently for indentation.
def f(n):
	if n > 0:
		return "pos"
	elif n < 0:
		return "neg"
	else:
		return "zero"
for i in (-1, 0, 1):
	print(i, f(i))
class C:
	def __init__(self):
		self.v = [1,
			2,
  3]
	def total(self):
		s = 0
		for x in self.v:
			s += x
		return s
print(C().total())
if True:
	x = "a\tb"
	print(x)
	print(len(x))
print("tab\tinside")
