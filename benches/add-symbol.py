#!/usr/bin/env python3
"""add-symbol.py MAP BINARY SECTION-PATTERN NAME: give a stripped BINARY one function symbol
NAME, at the address and with the size the linker's MAP gives the input section matching
SECTION-PATTERN (a regular expression). For benches/link-order.sh: callgrind's
--dump-before needs a name, and the shipped build is stripped (an unstripped build is a
different build: stripping changes every symbol's hash). objcopy adds the symbol in a
section past the loaded ones, so no code moves, but without a size, which valgrind
ignores: the size is written into the symbol table entry here."""
import re
import struct
import subprocess
import sys

map_path, binary, pattern, name = sys.argv[1:5]
found = None
for line in open(map_path):
    m = re.match(r'\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s+\S.*:\((\S+)\)$', line)
    if m and re.search(pattern, m.group(3)):
        found = (int(m.group(1), 16), int(m.group(2), 16))
        break
if found is None:
    sys.exit(f'add-symbol: no section matching {pattern} in {map_path}')
address, size = found

sections_text = subprocess.run(['readelf', '-SW', binary], capture_output=True, text=True, check=True).stdout
text = next(l.split() for l in sections_text.splitlines() if re.search(r'\]\s+\.text\s', l))
text_start = int(text[text.index('.text') + 2], 16)
subprocess.run(['objcopy', '--add-symbol', f'{name}=.text:{address - text_start:#x},function,global', binary],
               check=True)

elf = bytearray(open(binary, 'rb').read())
(shoff,) = struct.unpack_from('<Q', elf, 0x28)
shentsize, shnum = struct.unpack_from('<HH', elf, 0x3a)
sections = [struct.unpack_from('<IIQQQQIIQQ', elf, shoff + i * shentsize) for i in range(shnum)]
symtab = next(s for s in sections if s[1] == 2)  # SHT_SYMTAB
strtab = sections[symtab[6]]
patched = 0
for entry in range(symtab[4], symtab[4] + symtab[5], 24):  # Elf64_Sym
    (at,) = struct.unpack_from('<I', elf, entry)  # st_name
    if elf[strtab[4] + at:].split(b'\0', 1)[0] == name.encode():
        struct.pack_into('<Q', elf, entry + 16, size)  # st_size
        patched += 1
if patched != 1:
    sys.exit(f'add-symbol: {name} found {patched} times in the symbol table of {binary}')
open(binary, 'wb').write(elf)
