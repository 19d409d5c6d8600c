# Shortest paths on a weighted graph (Dijkstra with a simple list-based priority queue) and BFS.
graph = {
    'A': {'B': 7, 'C': 9, 'F': 14},
    'B': {'A': 7, 'C': 10, 'D': 15},
    'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
    'D': {'B': 15, 'C': 11, 'E': 6},
    'E': {'D': 6, 'F': 9},
    'F': {'A': 14, 'C': 2, 'E': 9},
    'G': {},
}
def dijkstra(graph, source):
    dist = {node: float('inf') for node in graph}
    prev = {}
    dist[source] = 0
    frontier = [(0, source)]
    while frontier:
        frontier.sort(reverse=True)
        d, node = frontier.pop()
        if d > dist[node]:
            continue
        for nb, w in graph[node].items():
            nd = d + w
            if nd < dist[nb]:
                dist[nb] = nd
                prev[nb] = node
                frontier.append((nd, nb))
    return dist, prev
def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]
dist, prev = dijkstra(graph, 'A')
for node in sorted(dist):
    if dist[node] == float('inf'):
        print(node, 'unreachable')
    else:
        print(node, dist[node], '->'.join(path_to(prev, node)))
def bfs(graph, start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nb in sorted(graph[node]):
            if nb not in seen:
                seen.append(nb)
                queue.append(nb)
    return seen
print(bfs(graph, 'A'), bfs(graph, 'G'))
def components(graph):
    seen = set()
    comps = []
    for node in sorted(graph):
        if node not in seen:
            comp = bfs(graph, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components(graph))
edges = sorted((w, a, b) for a in graph for b, w in graph[a].items() if a < b)
print(edges[:4], len(edges), sum(w for w, _, _ in edges))
parent = {n: n for n in graph}
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
mst = []
for w, a, b in edges:
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
        mst.append((a, b, w))
print(mst, sum(w for _, _, w in mst))
