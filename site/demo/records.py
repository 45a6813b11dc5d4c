"""Demo records that tests and the quick start rely on, named once so the reliance is visible;
tests/demo/test_data_files.py checks that the data still holds each of them."""

# An individual awardee (data/news/awardees/) with a news article and a story of her own.
AWARDEE_WITH_STORY = "Nguyễn Thị Hường"
# An individual awardee found by a look-up typed without marks.
ANOTHER_AWARDEE = "Đào Văn Lực"
# An award of 2047/QĐ-UBND revoked by 1120/QĐ-UBND (data/news/decisions.json).
REVOKED_AWARDEE = "Đào Minh Tuấn"
# The unit whose officer is demo.accounts.UNIT_OFFICER: the first row of data/units.csv.
FIRST_UNIT_CODE = "SGDDT"
