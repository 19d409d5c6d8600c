# __name__ is '__main__' in the script that is run.
print(__name__)
def main():
    print('main() called')
    return 0
if __name__ == '__main__':
    main()
else:
    print('not main')
print(__name__ == '__main__')
