# Blank lines and whitespace-only lines are ignored.


print(1)

   
	
if True:

    print(2)

        
    print(3)


def f():

    x = 4

    return x



print(f())
class A:

    y = 5

    def m(self):

        return self.y

print(A().m())
for i in range(2):

    print(i)

while False:

    pass
print("end")
   

