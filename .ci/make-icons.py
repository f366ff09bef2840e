# Renders Helder's icon (favicon.svg: a white H on #1d4e63) as PNGs for the web app manifest.
import struct, zlib, math, sys
BG=(0x1d,0x4e,0x63); FG=(255,255,255)
def seg_dist(px,py,ax,ay,bx,by):
    dx,dy=bx-ax,by-ay; t=max(0,min(1,((px-ax)*dx+(py-ay)*dy)/(dx*dx+dy*dy)))
    return math.hypot(px-(ax+t*dx),py-(ay+t*dy))
def render(size, maskable):
    # In the 32-unit design space; maskable: full bleed, glyph scaled into the safe zone.
    scale = 0.62 if maskable else 1.0
    radius = 0 if maskable else 7
    ss=4; rows=[]
    for y in range(size):
        row=bytearray([0])
        for x in range(size):
            acc=[0,0,0,0]
            for sy in range(ss):
                for sx in range(ss):
                    u=(x+(sx+.5)/ss)/size*32; v=(y+(sy+.5)/ss)/size*32
                    # rounded rect
                    inside=True
                    if radius:
                        cx=min(max(u,radius),32-radius); cy=min(max(v,radius),32-radius)
                        inside=math.hypot(u-cx,v-cy)<=radius
                    if not inside: continue
                    gu=(u-16)/scale+16; gv=(v-16)/scale+16
                    d=min(seg_dist(gu,gv,9,8,9,24),seg_dist(gu,gv,23,8,23,24),seg_dist(gu,gv,9,16,23,16))
                    c=FG if d<=1.75 else BG
                    acc[0]+=c[0];acc[1]+=c[1];acc[2]+=c[2];acc[3]+=255
            n=ss*ss
            a=acc[3]/n
            if a==0: row+=bytes([0,0,0,0])
            else: row+=bytes([round(acc[0]/(acc[3]/255)),round(acc[1]/(acc[3]/255)),round(acc[2]/(acc[3]/255)),round(a)])
        rows.append(bytes(row))
    raw=b''.join(rows)
    def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
    return b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',size,size,8,6,0,0,0))+chunk(b'IDAT',zlib.compress(raw,9))+chunk(b'IEND',b'')
for size in (192,512):
    open(f'helder-{size}.png','wb').write(render(size,False))
    open(f'helder-maskable-{size}.png','wb').write(render(size,True))
