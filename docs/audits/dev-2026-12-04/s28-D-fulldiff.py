import json,sys
for f in sys.argv[1:]:
    b=json.load(open(f'before-{f}.json')); a=json.load(open(f'after-{f}.json'))
    n=0
    for ch in b:
        for cb,ca in zip(b[ch],a[ch]):
            for key in ('statements','chains'):
                xb=[json.dumps(s,sort_keys=True) for s in cb['extraction'][key]]
                xa=[json.dumps(s,sort_keys=True) for s in ca['extraction'][key]]
                if xb!=xa:
                    n+=1
                    for s in set(xb)-set(xa): print('-',f,ch,key,s[:300])
                    for s in set(xa)-set(xb): print('+',f,ch,key,s[:300])
            if cb['gates']!=ca['gates']: print('gates differ',f,ch,cb['chunk'])
            kb={(c['name'],c['how'],c['definition']) for c in cb['extraction']['concepts']}
            ka={(c['name'],c['how'],c['definition']) for c in ca['extraction']['concepts']}
            for c in kb-ka: print('-C',f,ch,c[0],c[1],c[2][:80])
            for c in ka-kb: print('+C',f,ch,c[0],c[1],c[2][:80])
    print(f,'chunks with statement/chain changes',n)
