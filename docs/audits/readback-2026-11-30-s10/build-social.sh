#!/usr/bin/env bash
# read-back build from a clone (its own code via PYTHONPATH, the audit clone's venv for packages)
cd /tmp/rb12/src; . /tmp/a11src/.venv/bin/activate; export PYTHONPATH=/tmp/rb12/src OMP_NUM_THREADS=1 PRODA_THREADS=1
C=/work/shared/corpora
python -c "import proda,sys; print(proda.__file__)"
for b in sociology political-science; do
  K=/tmp/rb12/kb-$b; rm -rf $K; python -m proda.cli init $K >/dev/null
  [ $b = sociology ] && D="$C/sociology/corpus-prose/01-an-introduction-to-sociology" || D="$C/political-science/corpus-prose/12-the-media"
  python -m proda.cli -p $K ingest $D --domain $b 2>&1 | tail -3
  python -m proda.cli -p $K build train 2>&1 | tail -2
  for lv in statements train; do python -m proda.cli -p $K review export --level $lv --sample 30 --seed 13 --out /tmp/rb12/$b-$lv.csv 2>&1 | tail -1; done
done
echo RB-DONE
