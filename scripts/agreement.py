#!/usr/bin/env python3
"""How far two careful readers agree on paragraph themes: corpus/agreement/ holds a second annotator's
blind labels (themes and also only) for 43 corpus texts; this scores them against corpus/labels/ the way
`briefing evaluate` scores the analysis, and the other way round. Run from the project root:
python3 scripts/agreement.py (needs PyYAML)."""
import yaml,os,collections
T=['defense','economy','science','labour','climate','culture','multilateral']
def score(gold_files, sys_of):
    tp=fp=fn=0; per=collections.defaultdict(lambda:[0,0,0])
    for f,g in gold_files.items():
        s=sys_of[f]
        for gp,sp in zip(g['paragraphs'],s['paragraphs']):
            req=set(gp.get('themes') or []); acc=set(gp.get('also') or []); giv=set(sp.get('themes') or [])
            for t in T:
                if t in req and t in giv: tp+=1; per[t][0]+=1
                elif t in req: fn+=1; per[t][2]+=1
                elif t in giv and t not in acc: fp+=1; per[t][1]+=1
    P=tp/(tp+fp); R=tp/(tp+fn); return P,R,2*P*R/(P+R),per
a1={};a2={}
for f in os.listdir('corpus/agreement'):
    a2[f]=yaml.safe_load(open('corpus/agreement/'+f)); a1[f]=yaml.safe_load(open('corpus/labels/'+f))
for split in ('test','train'):
    fs=[f for f in a1 if a1[f]['split']==split]
    P,R,F,per=score({f:a1[f] for f in fs},{f:a2[f] for f in fs})
    P2,R2,F2,_=score({f:a2[f] for f in fs},{f:a1[f] for f in fs})
    print(f"{split} ({len(fs)} texts): annotator 2 against the gold: P {P:.3f} R {R:.3f} F1 {F:.3f}; gold against annotator 2: P {P2:.3f} R {R2:.3f} F1 {F2:.3f}")
    print('  per theme (tp,fp,fn) A2 vs gold:', {t:tuple(per[t]) for t in T})
