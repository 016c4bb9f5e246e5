# Two harts are two threads: both listed, each with its own registers; Ctrl-C (gdb's
# interrupt, here a SIGINT gdb sends itself after a second) stops the running benchmark.
info threads
thread 2
p $mhartid
thread 1
p $mhartid
python import threading, os, signal; threading.Timer(1.0, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
continue
info threads
kill
