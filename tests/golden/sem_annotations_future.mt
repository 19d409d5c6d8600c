# from __future__ import annotations (PEP 563): annotations kept as their source text.
from __future__ import annotations
class Node:
    value: int
    next: Node | None = None
    items: list[dict[str, int]]
    def link(self, other: Node, *, weight: float = 1.0) -> Node:
        return other
print(Node.__annotations__)
print(Node.link.__annotations__)
x: 'quoted' = 1
print(__annotations__)
def f(a: Undefined) -> AlsoUndefined: pass
print(f.__annotations__)
