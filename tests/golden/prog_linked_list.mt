# A singly linked list class with the container protocol.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, value):
        return any(v == value for v in self)
    def __repr__(self):
        return 'LinkedList([' + ', '.join(repr(v) for v in self) + '])'
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 5 in ll)
ll.push(0)
print(ll, list(ll), sum(ll))
print(ll.reverse())
print(ll.pop(), ll.pop(), ll, len(ll))
print(ll + LinkedList('ab'), ll == LinkedList([1, 0]), ll == [1, 0])
empty = LinkedList()
print(empty, len(empty), bool(empty), bool(ll))
try:
    empty.pop()
except IndexError as e:
    print('IndexError:', e)
try:
    ll[10]
except IndexError as e:
    print('IndexError:', e)
big = LinkedList(range(1000))
print(len(big), big[999], sum(big), max(big))
print(sorted(LinkedList([3, 1, 2])), [x * 2 for x in LinkedList([1, 2])])
