"""Draws the Afterfollow icon (a teal disc with a white reply arrow) at 16/32/48/128 px. Stdlib only."""
import math, struct, zlib

def png(size):
    rows = []
    c = (size - 1) / 2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            # supersample 4x4 for smooth edges
            cov_disc = cov_arrow = 0
            for sy in range(4):
                for sx in range(4):
                    px = x + (sx + .5) / 4; py = y + (sy + .5) / 4
                    u = px / size; v = py / size
                    if (u - .5) ** 2 + (v - .5) ** 2 <= .48 ** 2: cov_disc += 1
                    # arrow: a bar from (0.3,0.55) to (0.7,0.55) curving, plus a head at the left
                    in_bar = .30 <= u <= .72 and .50 <= v <= .62
                    in_stem = .62 <= u <= .72 and .34 <= v <= .62
                    in_head = u >= .18 and u <= .36 and abs(v - .56) <= (u - .18) * .9
                    if in_bar or in_stem or in_head: cov_arrow += 1
            a_disc = cov_disc / 16; a_arrow = min(cov_arrow / 16, a_disc)
            teal = (13, 148, 136); white = (255, 255, 255)
            r, g, b = [round(teal[i] * (1 - a_arrow) + white[i] * a_arrow) for i in range(3)]
            row += bytes([r, g, b, round(255 * a_disc)])
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

for s in (16, 32, 48, 128):
    open(f'public/icon/{s}.png', 'wb').write(png(s))
print('icons written')
