"""The knowledge base (知识库): looked up while on the line, written by specialists,
supervisors and directors.

Editing (permission knowledge.edit): create_article, update_article (each save a
new version row with its change note; a save from a stale view is refused),
publish, retire (the article leaves the search and the suggestions in the same
transaction: they only see `published` articles), list_articles, article_versions.
Using an article on a case (record_use, inside the resolve transaction, or
link_article while on the line) links it to the case once and counts the use.

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

from peewee import JOIN, SQL, Table

from ..models import (ARTICLE_STATUSES, Call, CaseArticle, Category, KnowledgeArticle,
                      KnowledgeArticleVersion, KnowledgeTag, User, db)
from ..models.knowledge import MAX_TAG, MAX_TAGS, split_tags
from . import clock, validation
from .base import Actor, audit, service
from .case_access import check_case
from .permissions import allowed
from ..storage.dialect import insert_row, is_sqlite
from .errors import Conflict, NotFound, ValidationError

MAX_QUERY = 200
MAX_TITLE = 200
MAX_BODY = 20_000  # the gram index covers the first 20,000 characters
MAX_NOTE = 200
MAX_TAG_COUNT = 20
EDIT = "knowledge.edit"
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
    # what an editor also sees
    status: str = "published"
    category_id: int | None = None
    use_count: int = 0
    author: str = ""
    updated_by: str = ""
    created_at: dt.datetime | None = None
    published_at: dt.datetime | None = None
    retired_at: dt.datetime | None = None


@dataclass(frozen=True)
class ArticleRow:
    """A line of the editors' article list."""
    id: int
    title: str
    category_id: int | None
    category: str
    tags: str
    status: str
    version: int
    use_count: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class ArticlePage:
    rows: list[ArticleRow]
    # pass as `after` for the next page; None when this page is the last
    next_key: tuple[dt.datetime, int] | None


@dataclass(frozen=True)
class ArticleVersionInfo:
    """One saved version: who, when, what the article said, the change note and
    the fields that differ from the version before."""
    article_id: int
    version: int
    title: str
    body: str
    category_id: int | None
    category: str
    tags: str
    note: str
    author: str
    created_at: dt.datetime
    changed: tuple[str, ...]


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
    where = "a.published"
    if len(term) <= 2:
        sql = (f"SELECT a.id FROM knowledge_article a WHERE {where} AND a.id IN "
               f"(SELECT g.article_id FROM knowledge_gram g WHERE g.gram = {p}) "
               "ORDER BY a.use_count DESC, a.updated_at DESC LIMIT " + str(int(cap)))
        params = [_fold(term)]
    elif is_sqlite():
        phrase = '"' + term.replace('"', '""') + '"'
        sql = (f"SELECT a.id FROM knowledge_article a WHERE {where} AND a.id IN "
               "(SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH ?) "
               "ORDER BY a.use_count DESC, a.updated_at DESC LIMIT " + str(int(cap)))
        params = [phrase]
    else:
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = (f"SELECT a.id FROM knowledge_article a WHERE {where} AND "
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


# ----------------------------------------------------------------- one article

def _is_editor(actor: Actor) -> bool:
    return actor.is_system or allowed(actor.role, EDIT)


def _names(user_ids) -> dict[int, str]:
    ids = sorted({i for i in user_ids if i})
    if not ids:
        return {}
    return dict(User.select(User.id, User.display_name).where(User.id.in_(ids)).tuples())


def _category_labels(category_ids) -> dict[int, str]:
    ids = sorted({i for i in category_ids if i})
    if not ids:
        return {}
    parent = Category.alias()
    rows = (Category
            .select(Category.id, Category.name, parent.name)
            .join(parent, join_type=JOIN.LEFT_OUTER, on=(Category.parent == parent.id))
            .where(Category.id.in_(ids))
            .tuples())
    return {cid: f"{top}/{name}" if top else name for cid, name, top in rows}


def _detail(a: KnowledgeArticle) -> ArticleDetail:
    names = _names([a.author_id, a.updated_by_id])
    category = _category_labels([a.category_id]).get(a.category_id, "")
    return ArticleDetail(
        a.id, a.title, a.body, category, a.tags, a.version, a.updated_at,
        status=a.status, category_id=a.category_id, use_count=a.use_count,
        author=names.get(a.author_id, ""), updated_by=names.get(a.updated_by_id, ""),
        created_at=a.created_at, published_at=a.published_at, retired_at=a.retired_at)


def _article_id(value) -> int:
    return validation.integer("article_id", value, minimum=1)


def _load(article_id: int, *, for_update: bool = False) -> KnowledgeArticle:
    query = KnowledgeArticle.select().where(KnowledgeArticle.id == article_id)
    if for_update and not is_sqlite():
        query = query.for_update()
    article = query.first()
    if article is None:
        raise NotFound(f"article {article_id} not found", code="not_found",
                       article_id=article_id)
    return article


@service("knowledge.view")
def get_article(*, actor: Actor, article_id: int) -> ArticleDetail:
    """An article to read. A duty officer or secretary reads published articles
    only; an editor (knowledge.edit) any article, drafts and retired ones too."""
    article_id = _article_id(article_id)
    a = KnowledgeArticle.get_or_none(KnowledgeArticle.id == article_id)
    if a is None or (not a.published and not _is_editor(actor)):
        raise NotFound(f"article {article_id} not found", code="not_found",
                       article_id=article_id)
    return _detail(a)


# ----------------------------------------------------------------- writing

def _fields(title, body, category_id, tags) -> dict:
    """The article's fields as stored, each checked (errors name the field)."""
    title = validation.text("title", title, max_len=MAX_TITLE, required=True)
    body = validation.text("article_body", body, max_len=MAX_BODY, required=True,
                           multiline=True)
    category_id = validation.integer("category_id", category_id, minimum=1,
                                     required=False)
    if category_id is not None:
        active = (Category.select(Category.active)
                  .where(Category.id == category_id).scalar())
        if not active:
            raise ValidationError("category_id", "is not an active category",
                                  code="not_active_category")
    tags = validation.text("tags", tags, max_len=MAX_TAGS * 2)
    tag_list = split_tags(tags)
    for tag in tag_list:
        if len(tag) > MAX_TAG:
            raise ValidationError("tags", f"a tag has at most {MAX_TAG} characters",
                                  code="too_long", length=len(tag), max_len=MAX_TAG)
    if len(tag_list) > MAX_TAG_COUNT:
        raise ValidationError("tags", f"at most {MAX_TAG_COUNT} tags",
                              code="too_many_tags", maximum=MAX_TAG_COUNT)
    joined = ",".join(tag_list)
    if len(joined) > MAX_TAGS:
        raise ValidationError("tags", "is too long", code="too_long",
                              length=len(joined), max_len=MAX_TAGS)
    return {"title": title, "body": body, "category": category_id, "tags": joined}


def _note(note) -> str:
    return validation.text("note", note, max_len=MAX_NOTE)


def _save_tags(article_id: int, tags: str) -> None:
    KnowledgeTag.delete().where(KnowledgeTag.article == article_id).execute()
    rows = [{"article": article_id, "tag": t} for t in split_tags(tags)]
    if rows:
        KnowledgeTag.insert_many(rows).execute()


def _save_version(article_id: int, version: int, fields: dict, note: str,
                  actor: Actor, at: dt.datetime) -> None:
    insert_row(KnowledgeArticleVersion, dict(
        article=article_id, version=version, title=fields["title"],
        body=fields["body"], category=fields["category"], tags=fields["tags"],
        note=note, author=actor.user_id, created_at=at))


@service(EDIT, writes=True)
def create_article(*, actor: Actor, title: str, body: str,
                   category_id: int | None = None, tags: str = "", note: str = ""
                   ) -> ArticleDetail:
    """A new article, saved as a draft (version 1): duty officers do not see it
    until it is published."""
    fields = _fields(title, body, category_id, tags)
    note = _note(note)
    now = clock.now()
    article_id = insert_row(KnowledgeArticle, dict(
        **fields, author=actor.user_id, updated_by=actor.user_id, version=1,
        use_count=0, published=False, status="draft", created_at=now, updated_at=now),
        returning_id=True)
    _save_tags(article_id, fields["tags"])
    _save_version(article_id, 1, fields, note, actor, now)
    audit(actor, "knowledge_article", article_id, "create", None,
          {"status": "draft", "version": 1, "category": fields["category"],
           "changed": ["title", "body", "tags", "note"]})
    return _detail(_load(article_id))


@service(EDIT, writes=True)
def update_article(*, actor: Actor, article_id: int, expected_version: int,
                   title: str, body: str, category_id: int | None = None,
                   tags: str = "", note: str = "") -> ArticleDetail:
    """Save a new version of an article. `expected_version` is the version the
    editor started from: if someone saved since, nothing is written (Conflict
    'stale_article'). A published article changes for the duty officers at once
    (search and suggestions follow the new text in the same transaction). Saving
    without a change writes nothing."""
    article_id = _article_id(article_id)
    expected_version = validation.integer("expected_version", expected_version,
                                          minimum=1)
    fields = _fields(title, body, category_id, tags)
    note = _note(note)
    article = _load(article_id, for_update=True)
    if article.version != expected_version:
        raise Conflict(f"article {article_id} was saved by someone else (version "
                       f"{article.version}, edited from {expected_version})",
                       code="stale_article", article_id=article_id,
                       version=article.version, expected_version=expected_version)
    before = {"title": article.title, "body": article.body,
              "category": article.category_id, "tags": article.tags}
    changed = [name for name in fields if fields[name] != before[name]]
    if not changed:
        return _detail(article)
    now = clock.now()
    version = article.version + 1
    updated = (KnowledgeArticle
               .update(**fields, version=version, updated_at=now,
                       updated_by=actor.user_id)
               .where(KnowledgeArticle.id == article_id,
                      KnowledgeArticle.version == expected_version)
               .execute())
    if updated != 1:  # a writer in between (SQLite: cannot happen under IMMEDIATE)
        raise Conflict(f"article {article_id} was saved by someone else",
                       code="stale_article", article_id=article_id,
                       expected_version=expected_version)
    if "tags" in changed:
        _save_tags(article_id, fields["tags"])
    _save_version(article_id, version, fields, note, actor, now)
    old = {"version": expected_version}
    new = {"version": version, "status": article.status,
           "changed": sorted(set(changed) - {"category"} | ({"note"} if note else set()))}
    if "category" in changed:  # an id: its values are kept
        old["category"], new["category"] = before["category"], fields["category"]
    audit(actor, "knowledge_article", article_id, "update", old, new)
    return _detail(_load(article_id))


_TO = {"publish": ("published", ("draft", "retired")),
       "retire": ("retired", ("draft", "published"))}


def _set_status(actor: Actor, article_id, expected_version, action: str
                ) -> ArticleDetail:
    article_id = _article_id(article_id)
    expected_version = validation.integer("expected_version", expected_version,
                                          minimum=1, required=False)
    target, sources = _TO[action]
    article = _load(article_id, for_update=True)
    if expected_version is not None and article.version != expected_version:
        raise Conflict(f"article {article_id} was saved by someone else",
                       code="stale_article", article_id=article_id,
                       version=article.version, expected_version=expected_version)
    if article.status not in sources:
        raise Conflict(f"cannot {action} an article whose status is {article.status}",
                       code="article_status", action=action, status=article.status)
    now = clock.now()
    values = {"status": target, "published": target == "published",
              "updated_at": now, "updated_by": actor.user_id}
    if target == "published":
        values.update(published_at=now, retired_at=None)
    else:
        values["retired_at"] = now
    (KnowledgeArticle
     .update(**values)
     .where(KnowledgeArticle.id == article_id, KnowledgeArticle.status == article.status)
     .execute())
    audit(actor, "knowledge_article", article_id, action,
          {"status": article.status}, {"status": target, "version": article.version})
    return _detail(_load(article_id))


@service(EDIT, writes=True)
def publish(*, actor: Actor, article_id: int, expected_version: int | None = None
            ) -> ArticleDetail:
    """Publish a draft (or a retired article again): from now on the duty officers
    find it and get it suggested. With `expected_version`, only the text the
    editor saw is published (Conflict 'stale_article' otherwise)."""
    return _set_status(actor, article_id, expected_version, "publish")


@service(EDIT, writes=True)
def retire(*, actor: Actor, article_id: int, expected_version: int | None = None
           ) -> ArticleDetail:
    """Withdraw an article: it leaves the search and the suggestions at once; its
    versions and the cases it was used on stay."""
    return _set_status(actor, article_id, expected_version, "retire")


# ----------------------------------------------------------------- lists

@service("knowledge.view")
def list_articles(*, actor: Actor, text: str = "", status: str | None = None,
                  category_id: int | None = None, tag: str = "",
                  after: tuple[dt.datetime, int] | None = None, limit: int = 50
                  ) -> ArticlePage:
    """A page of articles, most recently changed first, continuing after `after`
    (the previous page's next_key). Filters: the words of `text` (all must occur:
    title, body or tags, through the search indexes), status, category (a
    top-level category includes its sub-categories) and one tag. Duty officers and
    secretaries see published articles only."""
    limit = validation.integer("limit", limit, minimum=1, maximum=500)
    text = validation.text("text", text, max_len=MAX_QUERY)
    status = validation.choice("status", status, ARTICLE_STATUSES, required=False)
    category_id = validation.integer("category_id", category_id, minimum=1,
                                     required=False)
    tag = validation.text("tag", tag, max_len=MAX_TAG)
    editor = _is_editor(actor)
    if not editor:
        if status not in (None, "published"):
            return ArticlePage([], None)
        status = "published"
    A = KnowledgeArticle
    query = (A.select(A.id, A.title, A.category, A.tags, A.status, A.version,
                      A.use_count, A.updated_at)
             .order_by(A.updated_at.desc(), A.id.desc())
             .limit(limit + 1))
    if status:
        query = query.where(A.status == status)
    if category_id is not None:
        query = query.where(A.category.in_(
            Category.select(Category.id).where((Category.id == category_id)
                                               | (Category.parent == category_id))))
    tags = split_tags(tag)
    if tags:
        query = query.where(A.id.in_(
            KnowledgeTag.select(KnowledgeTag.article).where(KnowledgeTag.tag == tags[0])))
    for term in [t for t in _SPLIT.split(text) if t][:8]:
        query = query.where(_contains(term))
    if after is not None:
        try:
            at, last_id = after
            at = validation.datetime_value("after", at)
            last_id = validation.integer("after", last_id)
        except (TypeError, ValueError):
            raise ValidationError("after", "is not a page key", code="invalid") from None
        query = query.where((A.updated_at < at) | ((A.updated_at == at) & (A.id < last_id)))
    rows = list(query.tuples())
    more = len(rows) > limit
    rows = rows[:limit]
    labels = _category_labels(r[2] for r in rows)
    result = [ArticleRow(aid, title, cid, labels.get(cid, ""), tags_, st, ver, uses,
                         updated)
              for aid, title, cid, tags_, st, ver, uses, updated in rows]
    next_key = (result[-1].updated_at, result[-1].id) if more and result else None
    return ArticlePage(result, next_key)


_GRAMS = Table("knowledge_gram", ("gram", "article_id", "field"))


def _contains(term: str):
    """A condition: the article's title, text or tags contain `term`, answered by
    the search indexes of migration 2 (as search_articles does), so the list keeps
    its own order and keyset paging."""
    A = KnowledgeArticle
    if len(term) <= 2:
        return A.id.in_(_GRAMS.select(_GRAMS.article_id).where(_GRAMS.gram == _fold(term)))
    if is_sqlite():
        phrase = '"' + term.replace('"', '""') + '"'
        return A.id.in_(SQL("(SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH ?)",
                            [phrase]))
    like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (A.title ** like) | (A.body ** like) | (A.tags ** like)


@service(EDIT)
def article_versions(*, actor: Actor, article_id: int) -> list[ArticleVersionInfo]:
    """Every saved version of an article, newest first: who, when, the change
    note and which fields differ from the version before."""
    article_id = _article_id(article_id)
    _load(article_id)
    V = KnowledgeArticleVersion
    rows = list(V.select(V.version, V.title, V.body, V.category, V.tags, V.note,
                         V.author, V.created_at)
                .where(V.article == article_id)
                .order_by(V.version)
                .tuples())
    names = _names(r[6] for r in rows)
    labels = _category_labels(r[3] for r in rows)
    result = []
    previous = None
    for version, title, body, cid, tags, note, author, at in rows:
        now = {"title": title, "body": body, "category_id": cid, "tags": tags}
        changed = (tuple(k for k in now if now[k] != previous[k]) if previous
                   else ())
        result.append(ArticleVersionInfo(article_id, version, title, body, cid,
                                         labels.get(cid, ""), tags, note,
                                         names.get(author, ""), at, changed))
        previous = now
    return result[::-1]


# ----------------------------------------------------------------- use on a case

_LINK_SQL: dict[str, str] = {}


def record_use(*, actor: Actor, call_id: int, article_id: int) -> None:
    """Link a published article to a case and count the use, once per case and
    article (a second link of the same pair changes nothing). A plain function run
    inside the caller's transaction (calls.resolve, link_article): the caller has
    checked the actor may act on the case. ValidationError naming 'article_id' when
    the article is not published (a draft, retired or unknown id)."""
    article_id = validation.integer("article_id", article_id, minimum=1)
    call_id = validation.integer("call_id", call_id, minimum=1)
    version = (KnowledgeArticle.select(KnowledgeArticle.version)
               .where(KnowledgeArticle.id == article_id,
                      KnowledgeArticle.published == True)  # noqa: E712
               .scalar())
    if version is None:
        raise ValidationError("article_id", "is not a published article",
                              code="article_not_published", article_id=article_id)
    if not Call.select(Call.id).where(Call.id == call_id).exists():
        raise NotFound(f"case {call_id} not found", code="not_found", call_id=call_id)
    database = db.obj
    sql = _LINK_SQL.get(database.param)
    if sql is None:  # built once per parameter mark; values are parameters
        m = database.param
        sql = _LINK_SQL.setdefault(m, (
            'INSERT INTO "case_article" ("call_id", "article_id", "version", '
            f'"actor_id", "at") VALUES ({m}, {m}, {m}, {m}, {m}) '
            'ON CONFLICT ("call_id", "article_id") DO NOTHING RETURNING "id"'))
    at = clock.now()
    inserted = database.execute_sql(sql, (call_id, article_id, version,
                                          actor.user_id, at)).fetchone()
    if inserted is None:
        return  # used on this case already: counted once
    (KnowledgeArticle
     .update(use_count=KnowledgeArticle.use_count + 1)
     .where(KnowledgeArticle.id == article_id)
     .execute())
    audit(actor, "knowledge_article", article_id, "use", None,
          {"call_id": call_id, "version": version})


@service("knowledge.view", writes=True)
def link_article(*, actor: Actor, call_id: int, article_id: int) -> None:
    """Link an article to a case while on the line (or from the case window): the
    actor must be allowed to add to the case (the note rule of the object rules)."""
    call_id = validation.integer("call_id", call_id, minimum=1)
    call = Call.get_or_none(Call.id == call_id)
    if call is None:
        raise NotFound(f"case {call_id} not found", code="not_found", call_id=call_id)
    check_case(actor, call, "note")
    record_use(actor=actor, call_id=call_id, article_id=article_id)


@service("knowledge.view")
def case_articles(*, actor: Actor, call_id: int) -> list[ArticleHit]:
    """The articles used on a case (for the case window), first used first."""
    call_id = validation.integer("call_id", call_id, minimum=1)
    call = Call.get_or_none(Call.id == call_id)
    if call is None:
        raise NotFound(f"case {call_id} not found", code="not_found", call_id=call_id)
    check_case(actor, call, "see")
    ids = [r[0] for r in (CaseArticle.select(CaseArticle.article)
                          .where(CaseArticle.call == call_id)
                          .order_by(CaseArticle.at, CaseArticle.id).tuples())]
    return _hits(ids, [])
