"""News, legal documents, award decisions, the award lookup and statistics."""

from news.models.awards import (
    AwardDecisionIndexPage,
    AwardDecisionPage,
    Awardee,
    AwardForm,
    AwardTarget,
    DecisionLevel,
    Tier,
)
from news.models.documents import (
    DocumentIndexPage,
    IssuingBody,
    LegalDocumentFile,
    LegalDocumentPage,
)
from news.models.lookup import AwardLookupPage, AwardStatisticsPage
from news.models.news import NewsCategory, NewsIndexPage, NewsPage, NewsPageRelatedPage, NewsPageTag

__all__ = [
    "AwardDecisionIndexPage",
    "AwardDecisionPage",
    "AwardForm",
    "AwardLookupPage",
    "AwardStatisticsPage",
    "AwardTarget",
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
    "Tier",
]
