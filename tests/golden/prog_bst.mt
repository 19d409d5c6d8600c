# Binary search tree with recursive insert, generator traversal, and deletion.
class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key, val=None):
        def _ins(node):
            if node is None:
                self.count += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            else:
                node.val = val
            return node
        self.root = _ins(self.root)
    def get(self, key, default=None):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        return default
    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            yield node.key
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def delete(self, key):
        def _min(node):
            while node.left:
                node = node.left
            return node
        def _del(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = _min(node.right)
                node.key, node.val = succ.key, succ.val
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
        self.count -= 1
    def __len__(self):
        return self.count
    def __contains__(self, key):
        return self.get(key, self) is not self
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(list(t.inorder()))
print(list(t.preorder()))
print(len(t), t.height(), t.get(35), t.get(99, 'missing'), 60 in t, 61 in t)
t.delete(30)
t.delete(50)
print(list(t.inorder()), list(t.preorder()), len(t))
try:
    t.delete(999)
except KeyError as e:
    print('KeyError:', e)
words = BST()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words.insert(w, words.get(w, 0) + 1)
print([(w, words.get(w)) for w in words.inorder()])
degenerate = BST()
for i in range(200):
    degenerate.insert(i)
print(degenerate.height(), sum(degenerate.inorder()))
