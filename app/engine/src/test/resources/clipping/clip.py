import numpy as np, wave, sys
def rd(p):
    w=wave.open(p); a=np.frombuffer(w.readframes(w.getnframes()),dtype='<i2').astype(np.int32); return a,w.getframerate()
def wr(p,a,sr):
    w=wave.open(p,'wb'); w.setnchannels(1); w.setsampwidth(2); w.setframerate(sr); w.writeframes(a.astype('<i2').tobytes()); w.close()
a,sr=rd('loud.wav')
pos,neg=int(sys.argv[1]),int(sys.argv[2])
c=np.clip(a,-neg,pos)
print('clipped +',(a>=pos).sum(),' -',(a<=-neg).sum(),'of',len(a))
wr('clipped.wav',c,sr)
