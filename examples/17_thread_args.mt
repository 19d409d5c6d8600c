# 17_thread_args.mt - from notes 002_d6692abe12e9f917.txt, section "### 二、多线程" /
# "线程执行带参的任务".
# Shows: passing arguments to a thread's target, first as a tuple (args=(5,), a one-element
# tuple needs the trailing comma), then as a dict (kwargs={"count": 3}, keys must match the
# parameter names); and `for ... else`.
# The notes give two separate programs with the same task(); here they run one after the other
# in one script. Added: `sub_thread.join()` between the two, so that their outputs do not
# interleave (in the notes they are separate runs). Everything else is as in the notes.

import threading

def task(count):
    print('复读鸡获得了任务，复读', count, '次')
    for i in range(count):
        print("我是复读鸡！")
    else:
        print("任务执行完成")

if __name__ == '__main__':
    # args: 以元组的方式给任务传入参数
    sub_thread = threading.Thread(target=task, args=(5,))
    sub_thread.start()
    sub_thread.join()  # added: the notes run the two programs separately

    # kwargs: 表示以字典方式传入参数
    sub_thread = threading.Thread(target=task, kwargs={"count": 3})
    sub_thread.start()
