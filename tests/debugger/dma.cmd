# Physical watchpoints see devices' DMA (dma_watch.sh checks the transcript): the used
# ring's index is written only by the device, the request header only read by it.
watch w p:rings+4098 2
watch r p:hdr 16
# the first stop is the guest clearing its .bss (a store by the hart)
continue
continue
info break
x/hx p:rings+4098
quit
