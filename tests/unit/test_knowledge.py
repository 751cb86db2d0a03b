"""Knowledge-base lookup: terms of 1, 2 and 3+ characters, suggestions while typing."""

from __future__ import annotations

import pytest

from hotline.models import KnowledgeArticle
from hotline.services import NotFound, PermissionDenied, knowledge


@pytest.fixture
def articles(actors):
    rows = [
        ("拖欠工资怎么办", "劳动者被拖欠工资，可以向劳动保障监察机构投诉，也可以申请劳动仲裁。",
         "欠薪,劳动争议"),
        ("离婚财产如何分割", "夫妻共同财产原则上平均分割，照顾子女和女方权益。", "婚姻家庭"),
        ("申请法律援助的条件", "经济困难的公民可以申请法律援助，需要提交经济状况证明。",
         "法律援助"),
        ("Draft article", "未发布的草稿 拖欠工资", ""),
    ]
    made = [KnowledgeArticle.create(title=t, body=b, tags=g) for t, b, g in rows]
    KnowledgeArticle.update(published=False).where(
        KnowledgeArticle.id == made[-1].id).execute()
    return made


def test_search_by_term_length(actors, articles):
    duty = actors["duty_officer"]
    titles = lambda q: [h.title for h in knowledge.search_articles(actor=duty, query=q)]  # noqa
    assert titles("拖欠工资") == ["拖欠工资怎么办"]  # FTS5 / pg_trgm
    assert titles("欠薪") == ["拖欠工资怎么办"]  # 2 characters: gram index
    assert titles("婚") == ["离婚财产如何分割"]  # 1 character
    assert titles("申请 援助") == ["申请法律援助的条件"]
    assert sorted(titles("申请")) == ["拖欠工资怎么办", "申请法律援助的条件"]
    assert titles("草稿") == []  # unpublished
    assert titles("' OR 1=1 --") == []
    hit = knowledge.search_articles(actor=duty, query="仲裁")[0]
    assert "仲裁" in hit.snippet


def test_search_follows_edits(actors, articles):
    duty = actors["duty_officer"]
    KnowledgeArticle.update(title="工资被拖欠", tags="").where(
        KnowledgeArticle.id == articles[0].id).execute()
    assert knowledge.search_articles(actor=duty, query="欠薪") == []
    assert [h.title for h in knowledge.search_articles(actor=duty, query="被拖欠")] == \
        ["工资被拖欠"]
    KnowledgeArticle.delete().where(KnowledgeArticle.id == articles[1].id).execute()
    assert knowledge.search_articles(actor=duty, query="财产") == []


def test_suggestions_while_typing(actors, articles):
    duty = actors["duty_officer"]
    hits = knowledge.suggest_articles(actor=duty, text="老板三个月没发工资了，想投诉")
    assert hits and hits[0].title == "拖欠工资怎么办"
    hits = knowledge.suggest_articles(actor=duty, text="想离婚，房子怎么分")
    assert hits[0].title == "离婚财产如何分割"
    assert knowledge.suggest_articles(actor=duty, text="") == []
    detail = knowledge.get_article(actor=duty, article_id=articles[0].id)
    assert detail.body.startswith("劳动者")
    with pytest.raises(NotFound):
        knowledge.get_article(actor=duty, article_id=articles[-1].id)
    with pytest.raises(PermissionDenied):
        knowledge.search_articles(actor=actors["admin"], query="工资")
