"""Knowledge base lookup while on the line (articles are written elsewhere).

Searching never scans the article table (DESIGN §7, migration 2):
- a term of 3+ characters: SQLite FTS5 trigram (`knowledge_fts`) or a PostgreSQL
  pg_trgm GIN index (ILIKE);
- a term of 1 or 2 characters: the `knowledge_gram` index of 1- and 2-grams;
- suggestions for what the officer is typing: articles sharing the most
  informative 2-grams with the text, title and tags weighing more than the body.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from peewee import JOIN

from ..models import Category, KnowledgeArticle, db
from . import validation
from .base import Actor, service
from ..storage.dialect import is_sqlite
from .errors import NotFound

MAX_QUERY = 200
MAX_SUGGEST_TEXT = 400
MAX_GRAMS = 120
# a gram found in more than this share of the articles says little (的, 可以 …)
STOPGRAM_SHARE = 0.3
TITLE_WEIGHT = 3.0
_SEPARATORS = set(" \t\r\n，。、；：！？,.;:!?()（）【】《》“”\"'·…-—/")
# words that appear in every question and point to no article
_STOPGRAMS = {"怎么", "什么", "如何", "可以", "我们", "他们", "你们", "没有", "一个",
              "这个", "那个", "请问", "你好", "就是", "还是", "已经", "因为", "所以",
              "的话", "问题", "知道", "现在", "时候", "自己",
              # every hotline call has these
              "来电", "电人", "电话", "咨询", "反映", "情况", "想问"}
# colloquial phrases callers use -> the words articles are written with
_SYNONYMS = {"拖欠工资": "欠薪", "欠工资": "欠薪", "不发工资": "欠薪", "没发工资": "欠薪",
             "工资没给": "欠薪", "家暴": "家庭暴力", "打老婆": "家庭暴力", "打我": "家庭暴力",
             "退押金": "押金", "网上买": "网购", "开除": "辞退", "炒鱿鱼": "辞退",
             "社保没交": "未缴社保", "不交社保": "未缴社保"}
_SPLIT = re.compile(r"[\s,，;；、]+")


@dataclass(frozen=True)
class ArticleHit:
    id: int
    title: str
    category: str
    tags: str
    snippet: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class ArticleDetail:
    id: int
    title: str
    body: str
    category: str
    tags: str
    version: int
    updated_at: dt.datetime


def _fold(text: str) -> str:
    """Lower-case as the gram index does (SQLite's lower() folds ASCII only)."""
    if is_sqlite():
        return "".join(c.lower() if c.isascii() else c for c in text)
    return text.lower()


def _param() -> str:
    return "?" if is_sqlite() else "%s"


def _snippet(body: str, terms: list[str], width: int = 80) -> str:
    flat = " ".join(body.split())
    pos = -1
    for t in terms:
        pos = flat.lower().find(t.lower())
        if pos >= 0:
            break
    start = max(0, pos - width // 3) if pos >= 0 else 0
    text = flat[start:start + width]
    return ("…" if start else "") + text + ("…" if start + width < len(flat) else "")


def _hits(ids: list[int], terms: list[str]) -> list[ArticleHit]:
    if not ids:
        return []
    parent = Category.alias()
    rows = (KnowledgeArticle
            .select(KnowledgeArticle.id, KnowledgeArticle.title, KnowledgeArticle.body,
                    KnowledgeArticle.tags, KnowledgeArticle.updated_at,
                    Category.name, parent.name)
            .join(Category, join_type=JOIN.LEFT_OUTER,
                  on=(KnowledgeArticle.category == Category.id))
            .join(parent, join_type=JOIN.LEFT_OUTER, on=(Category.parent == parent.id))
            .where(KnowledgeArticle.id.in_(ids))
            .tuples())
    by_id = {}
    for (aid, title, body, tags, updated, cat, parent_name) in rows:
        category = f"{parent_name}/{cat}" if parent_name else (cat or "")
        by_id[aid] = ArticleHit(aid, title, category, tags, _snippet(body, terms), updated)
    return [by_id[i] for i in ids if i in by_id]


def _term_ids(term: str, cap: int) -> list[int]:
    """Published articles containing `term`, most used first (index lookups only)."""
    p = _param()
    if len(term) <= 2:
        sql = ("SELECT a.id FROM knowledge_article a WHERE a.published AND a.id IN "
               f"(SELECT g.article_id FROM knowledge_gram g WHERE g.gram = {p}) "
               "ORDER BY a.use_count DESC, a.updated_at DESC LIMIT " + str(int(cap)))
        params = [_fold(term)]
    elif is_sqlite():
        phrase = '"' + term.replace('"', '""') + '"'
        sql = ("SELECT a.id FROM knowledge_article a WHERE a.published AND a.id IN "
               "(SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH ?) "
               "ORDER BY a.use_count DESC, a.updated_at DESC LIMIT " + str(int(cap)))
        params = [phrase]
    else:
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = ("SELECT a.id FROM knowledge_article a WHERE a.published AND "
               "(a.title ILIKE %s OR a.body ILIKE %s OR a.tags ILIKE %s) "
               "ORDER BY a.use_count DESC, a.updated_at DESC LIMIT " + str(int(cap)))
        params = [like, like, like]
    return [r[0] for r in db.execute_sql(sql, params).fetchall()]


@service("knowledge.view")
def search_articles(*, actor: Actor, query: str, limit: int = 20) -> list[ArticleHit]:
    """Articles containing every term of `query` (terms split on spaces/commas)."""
    query = validation.text("query", query, max_len=MAX_QUERY)
    limit = validation.integer("limit", limit, minimum=1, maximum=100)
    terms = [t for t in _SPLIT.split(query) if t][:8]
    if not terms:
        return []
    # the longest term is the most selective; the others filter its matches
    terms.sort(key=len, reverse=True)
    ids = _term_ids(terms[0], 2000)
    for term in terms[1:]:
        if not ids:
            break
        keep = set(_term_ids(term, 100_000))
        ids = [i for i in ids if i in keep]
    return _hits(ids[:limit], terms)


def text_grams(text: str) -> list[str]:
    """Distinct 2-grams of `text` without separators, in order of appearance."""
    seen = {}
    text = text[:MAX_SUGGEST_TEXT]
    text += "".join(f" {v}" for k, v in _SYNONYMS.items() if k in text)
    folded = _fold(text)
    for i in range(len(folded) - 1):
        g = folded[i:i + 2]
        if (g[0] in _SEPARATORS or g[1] in _SEPARATORS or g.isdigit()
                or g in _STOPGRAMS):
            continue
        seen.setdefault(g, None)
    return list(seen)[:MAX_GRAMS]


@service("knowledge.view")
def suggest_articles(*, actor: Actor, text: str, limit: int = 5) -> list[ArticleHit]:
    """Articles most related to what the officer is typing (subject, description)."""
    if not isinstance(text, str):
        text = ""
    limit = validation.integer("limit", limit, minimum=1, maximum=20)
    grams = text_grams(text)
    if len(grams) < 1:
        return []
    p = _param()
    marks = ", ".join([p] * len(grams))
    total = db.execute_sql(
        "SELECT COUNT(*) FROM knowledge_article WHERE published").fetchone()[0]
    if not total:
        return []
    df = dict(db.execute_sql(
        f"SELECT gram, COUNT(DISTINCT article_id) FROM knowledge_gram "
        f"WHERE gram IN ({marks}) GROUP BY gram", grams).fetchall())
    useful = {g: math.log(1 + total / n) for g, n in df.items()
              if n <= max(2, STOPGRAM_SHARE * total)}
    if not useful:
        return []
    marks = ", ".join([p] * len(useful))
    scores: dict[int, float] = {}
    matched: dict[int, set] = {}
    in_title: set[int] = set()
    for gram, article_id, field in db.execute_sql(
            f"SELECT gram, article_id, field FROM knowledge_gram WHERE gram IN ({marks})",
            list(useful)).fetchall():
        weight = useful[gram] * (TITLE_WEIGHT if field == 0 else 1.0)
        scores[article_id] = scores.get(article_id, 0.0) + weight
        matched.setdefault(article_id, set()).add(gram)
        if field == 0:
            in_title.add(article_id)
    # one shared gram in the body is chance; ask for two, or one in title/tags
    ranked = sorted((a for a in scores if len(matched[a]) >= 2 or a in in_title),
                    key=lambda a: (-scores[a], a))
    published = set()
    if ranked:
        marks = ", ".join([p] * len(ranked[:200]))
        published = {r[0] for r in db.execute_sql(
            f"SELECT id FROM knowledge_article WHERE published AND id IN ({marks})",
            ranked[:200]).fetchall()}
    ids = [a for a in ranked if a in published][:limit]
    terms = sorted(useful, key=lambda g: -useful[g])
    return _hits(ids, terms)


@service("knowledge.view")
def get_article(*, actor: Actor, article_id: int) -> ArticleDetail:
    article_id = validation.integer("article_id", article_id)
    a = KnowledgeArticle.get_or_none(KnowledgeArticle.id == article_id,
                                     KnowledgeArticle.published == True)  # noqa: E712
    if a is None:
        raise NotFound(f"article {article_id} not found")
    hit = _hits([a.id], [])[0]
    return ArticleDetail(a.id, a.title, a.body, hit.category, a.tags, a.version,
                         a.updated_at)
