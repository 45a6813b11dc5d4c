"""News, legal documents, award decisions, the award lookup and statistics."""

from news.models.catalogue import AwardForm, DecisionLevel, Recipients, Tier
from news.models.decisions import (
    AwardDecisionIndexPage,
    AwardDecisionPage,
    Awardee,
    lookup_page_url,
)
from news.models.documents import (
    DocumentIndexPage,
    IssuingBody,
    LegalDocumentFile,
    LegalDocumentPage,
)
from news.models.lookup import AwardLookupPage, AwardStatisticsPage
from news.models.news import NewsCategory, NewsIndexPage, NewsPage, NewsPageRelatedPage, NewsPageTag
from news.models.resistance import AwardClass, ResistanceAward, ResistanceAwardName
from news.models.targets import AwardTarget

__all__ = [
    "AwardDecisionIndexPage",
    "AwardDecisionPage",
    "AwardForm",
    "AwardLookupPage",
    "AwardStatisticsPage",
    "AwardTarget",
    "AwardClass",
    "Awardee",
    "DecisionLevel",
    "DocumentIndexPage",
    "IssuingBody",
    "LegalDocumentFile",
    "LegalDocumentPage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedPage",
    "NewsPageTag",
    "Recipients",
    "ResistanceAward",
    "ResistanceAwardName",
    "Tier",
    "lookup_page_url",
]
