# An event bus built from decorators, closures, and callbacks with priorities.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []
    def on(self, event, priority=0):
        def register(func):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), func))
            return func
        return register
    def emit(self, event, *args, **kwargs):
        self.history.append(event)
        results = []
        for priority, _, func in sorted(self.handlers.get(event, []), key=lambda h: (-h[0], h[1])):
            try:
                result = func(*args, **kwargs)
            except Exception as e:
                result = f'{func.__name__} failed: {type(e).__name__}: {e}'
            if result == 'stop':
                results.append('stopped')
                break
            results.append(result)
        return results
bus = EventBus()
@bus.on('greet')
def say_hello(name):
    return f'hello {name}'
@bus.on('greet', priority=10)
def shout(name):
    return f'HEY {name.upper()}'
@bus.on('greet', priority=-5)
def whisper(name):
    return f'(psst {name})'
@bus.on('divide')
def divide(a, b=1):
    return a / b
@bus.on('guard', priority=1)
def guard(value):
    return 'stop' if value < 0 else 'ok'
@bus.on('guard')
def after_guard(value):
    return f'processed {value}'
print(bus.emit('greet', 'ann'))
print(bus.emit('divide', 10, b=4))
print(bus.emit('divide', 1, b=0))
print(bus.emit('guard', 5))
print(bus.emit('guard', -5))
print(bus.emit('unknown'))
print(bus.history)
print(sorted(bus.handlers), {k: len(v) for k, v in sorted(bus.handlers.items())})
def make_counter_handler(bus, event):
    count = 0
    @bus.on(event)
    def counter(*_):
        nonlocal count
        count += 1
        return count
    return lambda: count
get_count = make_counter_handler(bus, 'tick')
for _ in range(3):
    bus.emit('tick')
print(get_count(), bus.emit('tick'), get_count())
print(say_hello('direct call still works'))
