import glob, importlib.util, json, os, sys
here=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,here)
import lib
for f in sorted(glob.glob(os.path.join(here,"b[0-9][0-9].py"))):
    spec=importlib.util.spec_from_file_location(os.path.basename(f)[:-3],f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
ids=[c["id"] for c in lib.CASES]; assert len(ids)==len(set(ids)), "dup ids"
for c in lib.CASES:
    if c["internet_used"]=="no": assert not c["purposes"] and not c["platform_types"] and not c["strategies"] and c["cyber_flow"]=="no", c["id"]
    else: assert c["purposes"] and c["platform_types"], c["id"]
    assert 300<=len(c["summary"])<=2000, (c["id"],len(c["summary"]))
lib.CASES.sort(key=lambda c:c["id"])
with open(os.path.join(os.path.dirname(here),"heldout13-narratives.jsonl"),"w") as fh:
    for c in lib.CASES: fh.write(json.dumps(c,ensure_ascii=False)+"\n")
print(len(lib.CASES),"cases written")
