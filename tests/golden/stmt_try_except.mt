# try / except / else / finally in their combinations.
def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('  except zero')
        return 'zero'
    except (TypeError, ValueError) as e:
        print('  except type/value:', type(e).__name__)
        return 'bad'
    else:
        print('  else', r)
        return r
    finally:
        print('  finally', repr(x))
print(attempt(2))
print(attempt(0))
print(attempt('s'))
try:
    int('x')
except (KeyError, ValueError) as e:
    print('tuple catch', type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print('base class catch', type(e).__name__)
try:
    {}['k']
except Exception as e:
    print('Exception catch', type(e).__name__, repr(e))
try:
    raise KeyError('k')
except IndexError:
    print('wrong')
except KeyError:
    print('second handler')
except Exception:
    print('not reached')
try:
    print('no error')
except Exception:
    print('not reached')
else:
    print('else ran')
finally:
    print('finally ran')
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError:
    print('outer caught')
try:
    try:
        raise ValueError('inner')
    except TypeError:
        print('not this')
except ValueError as e:
    print('propagated', e)
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('NameError: as-name is deleted after the handler:', ne)
try:
    pass
finally:
    print('finally without except')
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError(i)
        print('ok', i)
    except RuntimeError as err:
        print('caught', err)
def nested():
    try:
        try:
            raise TypeError('t')
        except TypeError:
            raise ValueError('converted')
    except ValueError as e:
        return str(e)
print(nested())
try:
    raise Exception('a', 'b', 3)
except Exception as e:
    print(e.args, e)
try:
    undefined_function()
except NameError as e:
    print('NameError', e)
except:
    print('bare except not reached')
try:
    raise SystemExit(5)
except:
    print('bare except catches SystemExit too')
