"""Realistic demo data: `hotline demo --calls N [--seed S] [--months K]`.

Builds a legal-aid / citizen hotline as it would look after K months of work: a
two-level category tree, staff of every role (one random password, printed once),
callers (frequent ones, a few flagged), calls with the hourly and weekday rhythm of a
real line, tickets worked through their whole life (assigned, started, waiting on the
caller, resolved, closed, sometimes reopened), SLA due times from `sla`, callbacks,
surveys, quality reviews, knowledge articles, the duty roster and handover notes.

Speed: a million calls must take minutes, so rows are written in bulk (executemany
on SQLite, execute_values on PostgreSQL) in batches, each batch one transaction, and
no service is called per call. The rows are the ones the services would have written
(`calls.log_call`, `start`, `wait_customer`, `resume`, `resolve`, `close`, `reopen`,
`record_callback`, `record_survey`): ticket numbers YYYYMMDD-NNNN gapless per
received day with the TicketCounter row holding each day's last number, a Caller row
for every phone, events in the order the workflow allows. Status, field updates,
due times and pauses come from the same `hotline.domain.workflow` and
`hotline.domain.sla` functions the services use, and every resolution goes into the
resolution history (case_resolution) as the services write it. Two deliberate
differences: the per-call audit rows are not written (one audit row records the
generation), and the timeline is simulated, so events carry past times.

The demo fills a database that holds no calls yet and refuses otherwise (run it on
a new file: `hotline --db sqlite:///demo.db demo --calls 10000`). Each batch commits
consistent data (calls, their events and the day counters together), so an
interrupted run leaves a usable but smaller demo.

Deterministic: the same seed, size, period and clock give the same rows (except
the password, which is random on purpose).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import secrets
import string
import time
from dataclasses import dataclass
from typing import Callable, Sequence

from peewee import EXCLUDED

from ..domain import quality as qa_rules
from ..domain import sla as clock_math
from ..domain import workflow
from ..models import (Call, CallEvent, Callback, Caller, CaseResolution, Category,
                      HandoverNote,
                      KnowledgeArticle, KnowledgeArticleVersion, KnowledgeTag,
                      QualityReview, Shift, Survey, TicketCounter, User, db)
from ..models.knowledge import split_tags
from ..services import clock, sla, validation
from ..services.base import Actor, audit, service
from ..services.errors import Conflict, ValidationError
from ..storage.dialect import is_sqlite

ProgressFn = Callable[[int, int], None]

MAX_CALLS = 5_000_000
MAX_MONTHS = 120
CALLS_PER_MONTH = 30_000  # default spread: about this many calls a month
BATCH = 5_000  # calls per transaction


# ====================================================================== catalogues

# (code, name, weight, [(code, name, weight, [(subject, description), ...])])
CATEGORY_TREE = [
    ("LAB", "劳动争议", 24, [
        ("LAB.WAGE", "欠薪", 40, [
            ("工地拖欠农民工工资", "来电人在建筑工地务工，项目完工后仍有两万余元工资未结清，包工头以甲方未拨款为由推脱。"),
            ("公司拖欠三个月工资", "来电人所在公司以经营困难为由连续三个月未发工资，询问能否解除合同并要求补偿。"),
            ("离职后工资迟迟不结", "来电人已于上月离职，公司承诺的工资结算日已过仍未支付，电话联系人事无人答复。"),
            ("包工头跑路工资无人支付", "来电人跟随包工头在装修项目干活四个月，包工头失联，总包单位称工资已付给包工头。"),
        ]),
        ("LAB.CONTRACT", "劳动合同", 20, [
            ("入职一年未签劳动合同", "来电人入职已满十个月，公司一直未签书面劳动合同，询问能否主张二倍工资。"),
            ("试用期被随意延长", "来电人试用期满后公司称考核未通过要再延长三个月，询问是否合法。"),
            ("公司要求签订空白合同", "来电人入职时公司要求在空白劳动合同上签字，工资和岗位都未填写，担心权益受损。"),
        ]),
        ("LAB.INJURY", "工伤认定", 15, [
            ("上班途中发生交通事故", "来电人家属下班途中被电动车撞伤，交警认定对方全责，询问能否认定工伤。"),
            ("车间作业受伤单位不报工伤", "来电人在车间操作机器时手指受伤，单位只支付了部分医药费，拒绝申请工伤认定。"),
            ("工伤认定申请期限咨询", "来电人半年前在工地摔伤，单位一直未申报工伤，询问现在自己申请是否还来得及。"),
        ]),
        ("LAB.SOCIAL", "社会保险", 15, [
            ("单位未缴纳社保", "来电人工作两年，近日查询发现单位从未为其缴纳社会保险，询问如何维权。"),
            ("社保断缴补缴问题", "来电人换工作期间社保断缴五个月，询问能否补缴以及对购房资格的影响。"),
            ("失业保险金申领", "来电人被辞退后想申领失业保险金，询问办理条件和所需材料。"),
        ]),
        ("LAB.DISMISS", "违法解除", 10, [
            ("怀孕期间被公司辞退", "来电人怀孕四个月，公司以岗位调整为由通知其离职，询问如何维护自身权益。"),
            ("公司无故辞退不给补偿", "来电人工作五年被公司口头辞退，公司不愿支付任何补偿。"),
            ("被迫签订自愿离职书", "来电人称公司以扣发工资相威胁，要求其签订自愿离职申请，询问签字后还能否主张补偿。"),
        ]),
    ]),
    ("FAM", "婚姻家庭", 16, [
        ("FAM.DIVORCE", "离婚", 40, [
            ("协议离婚冷静期咨询", "来电人与配偶已协商离婚，询问离婚冷静期如何计算、期间能否撤回。"),
            ("起诉离婚需要哪些材料", "来电人配偶长期不回家，协商离婚不成，询问起诉离婚的流程和管辖法院。"),
            ("离婚财产分割问题", "来电人婚后与配偶共同还贷购房，询问离婚时房产如何分割。"),
        ]),
        ("FAM.CUSTODY", "抚养与探视", 25, [
            ("离婚后抚养费标准", "来电人离婚后独自抚养孩子，对方收入稳定但拒付抚养费，询问抚养费标准。"),
            ("对方拒绝让探视孩子", "来电人离婚后每次去看孩子都被对方阻拦，询问如何保障探望权。"),
            ("变更孩子抚养权", "来电人称前妻再婚后孩子无人照料、成绩下滑，想变更抚养关系。"),
        ]),
        ("FAM.INHERIT", "继承", 20, [
            ("父母去世房产如何继承", "来电人父亲去世未留遗嘱，名下有一套住房，询问如何办理继承。"),
            ("遗嘱效力咨询", "来电人母亲生前写有一份打印遗嘱，其他继承人质疑遗嘱效力。"),
            ("兄弟姐妹争遗产", "来电人兄妹三人对父母留下的存款和房屋分配有争议，已多次争吵。"),
        ]),
        ("FAM.VIOLENCE", "家庭暴力", 15, [
            ("遭受家庭暴力求助", "来电人称长期遭受配偶殴打，昨晚再次被打伤，目前暂住朋友家。"),
            ("人身安全保护令申请", "来电人担心离婚期间遭到配偶报复，询问如何申请人身安全保护令。"),
            ("老人被子女虐待", "来电人反映邻居家老人经常被儿子打骂，希望有关部门介入。"),
        ]),
    ]),
    ("CON", "消费维权", 14, [
        ("CON.GOODS", "商品质量", 35, [
            ("新买冰箱不制冷商家拒绝退换", "来电人一周前购买的冰箱不制冷，商家只同意维修不同意退换。"),
            ("购买的手机存在质量问题", "来电人新买的手机频繁死机，送修两次仍未解决，商家拒绝退货。"),
            ("家具甲醛超标", "来电人新装修房屋使用的家具有刺鼻气味，检测甲醛超标，商家拒不认账。"),
        ]),
        ("CON.PREPAID", "预付卡", 35, [
            ("健身房关门预付卡无法退费", "来电人在健身房办了两年会员卡，健身房突然关门，店内已无人，余额四千余元。"),
            ("美容店跑路会员卡余额", "来电人在美容店充值八千元，门店突然停业，老板电话无法接通。"),
            ("培训机构停课不退费", "来电人为孩子报名的培训机构停课，剩余课时费不予退还。"),
        ]),
        ("CON.ONLINE", "网络购物", 30, [
            ("网购商品与描述不符", "来电人在网上购买的衣服与页面描述不符，申请退货被商家拒绝。"),
            ("七日无理由退货被拒", "来电人收到网购的耳机三天后申请无理由退货，商家以已拆封为由拒绝。"),
            ("直播间购买假货", "来电人在直播间购买的名牌包经鉴定为假货，商家已关闭店铺。"),
        ]),
    ]),
    ("HOU", "房产物业", 12, [
        ("HOU.PROPERTY", "物业纠纷", 40, [
            ("物业服务差拒交物业费", "来电人反映物业长期不打扫楼道、门禁损坏不修，物业却上门催缴物业费。"),
            ("小区停车位收费争议", "来电人所在小区物业突然将停车费上调一倍，未经业主大会讨论。"),
            ("物业不处理漏水问题", "来电人家天花板因楼上漏水受损，多次找物业协调无果。"),
        ]),
        ("HOU.RENT", "房屋租赁", 35, [
            ("房东不退押金", "来电人租期已满正常退租，房东以墙面脏污为由扣下全部押金。"),
            ("租期未满被要求搬走", "来电人租房合同还有半年到期，房东要卖房要求其一周内搬走。"),
            ("中介收取高额服务费", "来电人通过中介租房，中介收取一个月租金作为服务费，且合同中未写明。"),
        ]),
        ("HOU.SALE", "房屋买卖", 25, [
            ("二手房定金纠纷", "来电人交了五万元定金后因贷款未获批无法购房，卖方拒绝退还定金。"),
            ("开发商逾期交房", "来电人购买的期房已逾期半年未交房，开发商一直推脱。"),
            ("购房后无法办理产权证", "来电人入住新房三年仍未拿到不动产权证，开发商称手续正在办理。"),
        ]),
    ]),
    ("TRA", "交通事故", 8, [
        ("TRA.LIAB", "责任认定", 50, [
            ("对事故责任认定有异议", "来电人骑电动车与汽车发生碰撞，交警认定其负主要责任，来电人不服。"),
            ("肇事方逃逸如何处理", "来电人被车辆撞伤后对方驾车逃逸，询问后续赔偿如何处理。"),
            ("电动车与汽车相撞责任", "来电人驾车右转时与直行电动车相撞，双方对责任划分争执不下。"),
        ]),
        ("TRA.INSUR", "保险理赔", 50, [
            ("交通事故赔偿项目咨询", "来电人在交通事故中受伤住院一个月，询问可以主张哪些赔偿项目。"),
            ("保险公司理赔金额过低", "来电人车辆被追尾，对方保险公司给出的定损金额远低于维修费用。"),
            ("对方无保险如何索赔", "来电人被一辆未投保的货车撞伤，对方称无力赔偿。"),
        ]),
    ]),
    ("ADM", "行政复议", 6, [
        ("ADM.REVIEW", "行政复议申请", 55, [
            ("对行政处罚决定不服", "来电人被市场监管部门罚款两万元，认为处罚过重，询问如何申请行政复议。"),
            ("行政复议期限咨询", "来电人对征收补偿决定不服，询问申请行政复议的期限和受理机关。"),
            ("复议与诉讼如何选择", "来电人对交通违法处罚有异议，询问先申请复议还是直接起诉。"),
        ]),
        ("ADM.INFO", "政府信息公开", 45, [
            ("申请政府信息公开无答复", "来电人二十多个工作日前申请公开征地补偿标准，至今未收到答复。"),
            ("信息公开申请流程", "来电人想了解本村拆迁规划文件，询问如何申请政府信息公开。"),
        ]),
    ]),
    ("AID", "法律援助", 10, [
        ("AID.APPLY", "援助申请", 50, [
            ("法律援助申请条件", "来电人经济困难，因追讨工伤赔偿需要律师，询问能否申请法律援助。"),
            ("申请法律援助需要哪些材料", "来电人准备起诉追索赡养费，询问申请法律援助需要准备哪些材料。"),
            ("法律援助申请进度查询", "来电人上周已提交法律援助申请，询问审查结果何时出来。"),
        ]),
        ("AID.NOTARY", "公证咨询", 25, [
            ("继承公证办理材料", "来电人办理父母房产继承公证，询问需要准备的材料。"),
            ("委托公证如何办理", "来电人在外地工作，需委托亲属办理房产过户，询问委托公证的办理方式。"),
        ]),
        ("AID.MEDIATE", "人民调解", 25, [
            ("邻里纠纷申请调解", "来电人与邻居因院墙边界发生争执，希望社区帮助调解。"),
            ("调解协议对方不履行", "来电人与对方在调解委员会达成赔偿协议，对方至今未履行。"),
        ]),
    ]),
    ("DEBT", "借贷纠纷", 6, [
        ("DEBT.PRIVATE", "民间借贷", 60, [
            ("借钱不还如何起诉", "来电人三年前借给朋友八万元，对方一直拖延不还，手中只有微信转账记录。"),
            ("借条没写还款日期", "来电人借给亲戚五万元，借条上没有写还款日期，询问何时可以要求还款。"),
            ("高额利息是否受保护", "来电人借款时约定月息三分，询问超出部分是否受法律保护。"),
        ]),
        ("DEBT.CARD", "信用卡催收", 40, [
            ("催收电话骚扰家人", "来电人信用卡逾期后，催收人员频繁给其亲友打电话并言语威胁。"),
            ("信用卡逾期协商还款", "来电人失业后信用卡逾期，询问能否与银行协商分期还款。"),
        ]),
    ]),
    ("CITY", "市政服务", 4, [
        ("CITY.NOISE", "噪音扰民", 40, [
            ("工地夜间施工噪音", "来电人反映小区旁工地每天夜里十一点后仍在施工，噪音严重影响休息。"),
            ("楼下商铺音响扰民", "来电人楼下饭店每晚播放音乐到深夜，多次沟通无果。"),
        ]),
        ("CITY.UTIL", "供水供暖", 35, [
            ("小区停水无通知", "来电人所在小区已停水一天，物业和供水公司都未发布通知。"),
            ("暖气不热", "来电人家中暖气温度不足十五度，供热公司报修后一直未上门。"),
        ]),
        ("CITY.ROAD", "道路设施", 25, [
            ("路灯损坏多日未修", "来电人反映家门口道路路灯已坏两周，夜间出行不便。"),
            ("井盖缺失存在安全隐患", "来电人发现人行道上井盖缺失，担心行人跌落。"),
        ]),
    ]),
]

# solutions by sub-category, else by top-level category
SOLUTIONS = {
    "LAB": ["已告知可向用人单位所在地劳动保障监察机构投诉，或向劳动人事争议仲裁委员会申请仲裁，提示仲裁时效为一年，注意保存工资条、考勤记录、聊天记录等证据。",
            "已解答劳动合同法相关规定，建议先与单位协商，协商不成可申请劳动仲裁；符合条件的可申请法律援助。",
            "已转劳动监察部门核实处理，并告知来电人携带身份证明和劳动关系证明材料前往现场投诉。"],
    "LAB.INJURY": ["已告知工伤认定申请时限：单位应在事故发生之日起三十日内申请，单位未申请的，本人或近亲属可在一年内向社会保险行政部门申请，注意保存病历和事故证明。"],
    "LAB.SOCIAL": ["已告知可向社会保险费征收机构或劳动保障监察机构投诉要求补缴，失业保险金可到参保地经办机构申领，并说明所需材料。"],
    "FAM.DIVORCE": ["已解答协议离婚冷静期及诉讼离婚的相关规定，告知所需材料和管辖法院，建议先行协商。"],
    "FAM.CUSTODY": ["已告知抚养费一般按月总收入的百分之二十至三十确定，探望权协商不成可向法院起诉，拒不履行的可申请强制执行。"],
    "FAM.INHERIT": ["已说明法定继承顺序及遗嘱形式要件，建议办理继承公证或通过诉讼解决。"],
    "FAM.VIOLENCE": ["已确认来电人当前安全，告知可报警、申请人身安全保护令、向妇联求助，已登记法律援助需求。"],
    "CON": ["已告知可向市场监管部门（12315）投诉，保留购物凭证、聊天记录等证据，协商不成可向人民法院起诉。",
            "已解答消费者权益保护法关于退换货及欺诈三倍赔偿的规定，建议先与商家协商。"],
    "CON.PREPAID": ["已告知保留会员卡、合同及付款凭证，向市场监管部门投诉，商家卷款逃跑的可向公安机关报案。"],
    "HOU.PROPERTY": ["已解答民法典物业服务合同相关规定，建议通过业主委员会或街道社区协调，协商不成可诉讼解决。"],
    "HOU": ["已告知押金及定金相关规定，建议保留合同及付款凭证，可申请人民调解或向法院起诉。"],
    "TRA.LIAB": ["已告知对事故认定书有异议可在送达之日起三日内申请复核，肇事逃逸的抢救费用可申请社会救助基金垫付。"],
    "TRA.INSUR": ["已说明人身损害赔偿项目及交强险责任限额，建议与保险公司协商，协商不成可向法院起诉，诉讼时效三年。"],
    "ADM.REVIEW": ["已告知自知道行政行为之日起六十日内可向县级以上地方人民政府申请行政复议，也可在六个月内直接提起行政诉讼。"],
    "ADM.INFO": ["已告知政府信息公开的答复期限为二十个工作日，逾期未答复可申请行政复议或提起行政诉讼。"],
    "AID.APPLY": ["已告知法律援助申请条件及所需材料（身份证明、经济困难状况说明、案件相关材料），可到法律援助中心窗口或线上申请。",
                  "已转法律援助中心核实申请进度，中心将于三个工作日内回复来电人。"],
    "AID.NOTARY": ["已告知公证办理所需材料及公证处地址，建议提前电话预约。"],
    "AID.MEDIATE": ["已告知可向所在社区人民调解委员会申请免费调解，调解协议可申请司法确认。"],
    "DEBT.PRIVATE": ["已解答民间借贷相关规定，建议保留借条、转账记录等证据，诉讼时效为三年，可向被告住所地法院起诉。"],
    "DEBT.CARD": ["已告知暴力催收可向银行及金融监管部门投诉，涉及威胁恐吓可报警处理，还款困难可与银行协商分期。"],
    "CITY": ["已派单至属地街道及相关职能部门处理，承办单位已联系来电人并到现场核查。",
             "已联系相关单位，对方承诺两个工作日内处理完毕，并将回复来电人。"],
}

NON_SERVICE_NOTES = {
    "hang_up": ["接通后对方即挂断。", "来电人未说明事由即挂机。"],
    "silent": ["接通后无声，按规范提示两次后挂机。", "接通后无人应答。"],
    "prank": ["来电人言语骚扰，已警告后挂机。", "恶作剧来电，已按规范处置。"],
    "wrong_number": ["来电人拨错号码，已告知本热线服务范围。", "来电人要找快递公司，已告知拨错。"],
    "test": ["线路测试来电。"],
}

CHANNEL_MIX = (("phone", 86), ("wechat", 5), ("web", 4), ("sms", 2), ("email", 1),
               ("walk_in", 1.5), ("other", 0.5))
PHONE_OUTCOMES = (("answered", 61), ("transferred", 12), ("escalated", 2),
                  ("callback", 6), ("hang_up", 8), ("silent", 4.5), ("prank", 2),
                  ("wrong_number", 4), ("test", 0.5))
OTHER_OUTCOMES = (("answered", 66), ("transferred", 22), ("escalated", 2),
                  ("callback", 10))
TICKET_PRIORITIES = (("urgent", 3), ("high", 15), ("normal", 70), ("low", 12))
ANSWERED_PRIORITIES = (("normal", 92), ("low", 6), ("high", 2))
RATINGS = ((5, 62), (4, 22), (3, 9), (2, 4), (1, 3))
LATE_RATINGS = ((5, 35), (4, 25), (3, 20), (2, 12), (1, 8))
# calls per hour of the day (relative): peaks 9–11 and 14–16, few at night
HOURLY = (0.4, 0.25, 0.15, 0.12, 0.12, 0.2, 0.5, 1.5, 4.5, 8.5, 9.5, 8.0, 4.5, 5.5,
          8.5, 9.0, 7.5, 5.0, 3.0, 2.4, 2.0, 1.6, 1.0, 0.7)
WEEKDAY = (1.15, 1.05, 1.0, 1.0, 0.95, 0.5, 0.42)  # Monday first

MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139",
                   "150", "151", "152", "155", "156", "157", "158", "159", "166",
                   "173", "176", "177", "180", "181", "182", "185", "186", "187",
                   "188", "189", "191", "198", "199")
AREA_CODES = ("010", "021", "020", "0755", "028", "027", "0571", "025", "023", "029",
              "0531", "0371")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志文辉鹏斌宇浩凯秀梅琳晨欣怡子涵雨轩思远佳琪梓萱俊杰博文海燕春梅德胜淑珍"

STAFF = [
    ("王芳", "wangfang"), ("李娜", "lina"), ("张伟", "zhangwei"), ("刘洋", "liuyang"),
    ("陈静", "chenjing"), ("杨帆", "yangfan"), ("赵敏", "zhaomin"), ("黄磊", "huanglei"),
    ("周婷", "zhouting"), ("吴昊", "wuhao"), ("徐丽", "xuli"), ("孙浩", "sunhao"),
    ("胡蓉", "hurong"), ("朱琳", "zhulin"), ("高翔", "gaoxiang"), ("林晓", "linxiao"),
    ("何佳", "hejia"), ("郭强", "guoqiang"), ("马超", "machao"), ("罗敏", "luomin"),
    ("梁雪", "liangxue"), ("宋涛", "songtao"), ("郑爽", "zhengshuang"),
    ("谢婷", "xieting"), ("韩冰", "hanbing"), ("唐杰", "tangjie"), ("冯丽", "fengli"),
    ("于洋", "yuyang"), ("董梅", "dongmei"), ("萧然", "xiaoran"), ("程雪", "chengxue"),
    ("曹阳", "caoyang"), ("袁媛", "yuanyuan"), ("邓超", "dengchao"), ("许晴", "xuqing"),
    ("傅强", "fuqiang"), ("沈静", "shenjing"), ("曾敏", "zengmin"), ("彭飞", "pengfei"),
    ("吕琴", "lvqin"),
]

FLAG_REASONS = ["多次恶意骚扰来电，辱骂接线员", "情绪激动，反复来电，需耐心安抚",
                "独居老人，需优先关注", "同一欠薪问题反复来电，已告知办理进度"]
WAIT_NOTES = ["需来电人补充劳动合同及工资流水", "等待来电人提供证据材料",
              "来电人需与家人商量后答复", "等待来电人提供事故认定书",
              "来电人外出，约定下周再联系"]
REOPEN_REASONS = ["来电人对答复不满意，要求重新办理", "回访发现问题未实际解决",
                  "办理意见依据不充分，退回重办"]
CALLBACK_REACHED = ["已告知办理结果，来电人表示认可", "已回电说明处理进度",
                    "回访满意", "已回电，来电人表示问题已解决"]
CALLBACK_MISSED = ["无人接听", "关机", "占线", "号码暂时无法接通"]
GOOD_COMMENTS = ["解答很耐心", "很专业，谢谢", "办理及时", "问题解决了", "态度很好"]
BAD_COMMENTS = ["等待时间较长", "答复不够具体", "问题没有解决", "转了好几次电话"]
RUBRIC = ("服务规范", "倾听与沟通", "答复准确", "工单记录", "服务态度")
QA_COMMENTS_GOOD = ["用语规范，答复准确", "耐心细致，记录完整", "处置得当"]
QA_COMMENTS_BAD = ["未按规范核实来电人诉求", "答复依据不准确，需加强业务学习",
                   "工单记录过于简单", "语速过快，未确认来电人是否理解"]

# (title, category code, tags, body)
ARTICLES = [
    ("劳动仲裁时效", "LAB", "仲裁,时效,劳动争议",
     "劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算（劳动争议调解仲裁法第二十七条）。\n"
     "劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年时效限制；劳动关系终止的，应当自终止之日起一年内提出。\n"
     "话术：请您尽快整理劳动合同、工资条、考勤和聊天记录，向用人单位所在地的劳动人事争议仲裁委员会提出申请，仲裁不收费。"),
    ("欠薪投诉流程", "LAB.WAGE", "欠薪,农民工,劳动监察",
     "1. 向用人单位所在地人社局劳动保障监察机构投诉，也可拨打12333咨询。\n"
     "2. 准备材料：身份证、劳动合同或能证明劳动关系的材料（工牌、考勤、工资条、工友证言）、欠薪金额明细。\n"
     "3. 工程建设领域可要求总承包单位先行清偿；包工头不具备用工主体资格的，由发包方或总承包方承担责任。\n"
     "4. 同时可申请劳动仲裁；多地规定农民工追索劳动报酬申请法律援助免于经济困难审查，以当地规定为准。"),
    ("法律援助申请条件和材料", "AID.APPLY", "法律援助,申请,材料",
     "条件：经济困难且属于法律援助法第三十一条所列事项，如请求支付劳动报酬、给付赡养费抚养费、工伤及交通事故人身损害赔偿、社会保险待遇等。\n"
     "不受经济困难条件限制的情形（第三十二条）：遭受虐待、遗弃或者家庭暴力的受害人主张相关权益，因见义勇为主张民事权益等。\n"
     "材料：身份证明、经济困难状况说明或承诺、与申请事项相关的材料。\n"
     "受理：向法律援助中心窗口申请，或通过12348热线、网上平台预约。"),
    ("工伤认定申请时限", "LAB.INJURY", "工伤,认定,时限",
     "用人单位应当自事故伤害发生之日起三十日内向社会保险行政部门提出工伤认定申请。\n"
     "用人单位未申请的，工伤职工或者其近亲属、工会组织可以在事故伤害发生之日起一年内直接申请（工伤保险条例第十七条）。\n"
     "上下班途中受到非本人主要责任的交通事故伤害，属于应当认定工伤的情形。\n"
     "提示来电人保存病历、事故证明和劳动关系证明。"),
    ("未签劳动合同的二倍工资", "LAB.CONTRACT", "劳动合同,二倍工资",
     "用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资（劳动合同法第八十二条）。\n"
     "二倍工资最多计算十一个月；满一年仍未订立的，视为已订立无固定期限劳动合同。\n"
     "二倍工资差额的仲裁时效一般按一年计算，提醒来电人尽快主张。"),
    ("经济补偿与违法解除赔偿金", "LAB.DISMISS", "经济补偿,赔偿金,辞退",
     "经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资；六个月以上不满一年的按一年计算；不满六个月的支付半个月工资（劳动合同法第四十七条）。\n"
     "用人单位违法解除劳动合同的，按经济补偿标准的二倍支付赔偿金（第八十七条）。\n"
     "女职工在孕期、产期、哺乳期的，用人单位不得依照第四十条、第四十一条解除劳动合同。"),
    ("试用期的法律规定", "LAB.CONTRACT", "试用期",
     "劳动合同期限三个月以上不满一年的，试用期不得超过一个月；一年以上不满三年的，不得超过二个月；三年以上固定期限和无固定期限的，不得超过六个月。\n"
     "同一用人单位与同一劳动者只能约定一次试用期。\n"
     "试用期工资不得低于本单位相同岗位最低档工资或者劳动合同约定工资的百分之八十，并不得低于当地最低工资标准。"),
    ("单位未缴社保怎么办", "LAB.SOCIAL", "社保,补缴,投诉",
     "用人单位应当自用工之日起三十日内为职工办理社会保险登记。\n"
     "未缴纳的，可向当地社会保险费征收机构或劳动保障监察机构投诉，要求补缴。\n"
     "因单位未缴社保导致无法享受待遇造成损失的，可申请劳动仲裁要求赔偿；未依法缴纳社保，劳动者可以解除劳动合同并要求经济补偿。"),
    ("协议离婚流程与离婚冷静期", "FAM.DIVORCE", "离婚,冷静期,婚姻登记",
     "双方到一方常住户口所在地婚姻登记机关申请离婚登记。\n"
     "自登记机关收到申请之日起三十日内，任何一方不愿意离婚的，可以撤回申请；期间届满后三十日内，双方应当亲自到登记机关申请发给离婚证，未申请的视为撤回（民法典第一千零七十七条）。\n"
     "需携带：户口簿、身份证、结婚证、双方签署的离婚协议书。"),
    ("诉讼离婚要点", "FAM.DIVORCE", "离婚,起诉,法院",
     "一般向被告住所地人民法院起诉。\n"
     "有下列情形之一、调解无效的，应当准予离婚：重婚或与他人同居；实施家庭暴力或虐待、遗弃家庭成员；有赌博、吸毒等恶习屡教不改；因感情不和分居满二年；其他导致夫妻感情破裂的情形（民法典第一千零七十九条）。\n"
     "经判决不准离婚后双方又分居满一年，一方再次起诉的，应当准予离婚。"),
    ("子女抚养费的标准", "FAM.CUSTODY", "抚养费",
     "有固定收入的，抚养费一般可以按其月总收入的百分之二十至三十的比例给付；负担两个以上子女抚养费的，比例可以适当提高，但一般不得超过月总收入的百分之五十。\n"
     "无固定收入的，可依据当年总收入或者同行业平均收入确定。\n"
     "对方拒付的，可向法院起诉或申请强制执行。"),
    ("离婚后的探望权", "FAM.CUSTODY", "探望权,子女",
     "离婚后，不直接抚养子女的父或者母，有探望子女的权利，另一方有协助的义务（民法典第一千零八十六条）。\n"
     "行使探望权利的方式、时间由当事人协议；协议不成的，由人民法院判决。\n"
     "对拒不协助探望的，可申请法院强制执行。"),
    ("家庭暴力求助与人身安全保护令", "FAM.VIOLENCE", "家暴,保护令,紧急",
     "紧急情况请立即拨打110报警，并到医院就诊、保留伤情照片和病历。\n"
     "可向人民法院申请人身安全保护令；情况紧急的，法院应当在二十四小时内作出，一般情况下七十二小时内作出。\n"
     "可向妇联、居（村）委会求助；家庭暴力受害人申请法律援助不受经济困难条件限制。\n"
     "话术：先确认来电人当前是否安全，再告知求助途径。"),
    ("法定继承顺序和遗嘱形式", "FAM.INHERIT", "继承,遗嘱",
     "第一顺序：配偶、子女、父母；第二顺序：兄弟姐妹、祖父母、外祖父母（民法典第一千一百二十七条）。继承开始后由第一顺序继承人继承，没有第一顺序继承人的，由第二顺序继承人继承。\n"
     "遗嘱形式：自书、代书、打印、录音录像、口头（危急情况）、公证遗嘱。代书、打印、录音录像遗嘱需两个以上见证人在场见证。"),
    ("七日无理由退货", "CON.ONLINE", "网购,退货",
     "采用网络、电视、电话、邮购等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由（消费者权益保护法第二十五条）。\n"
     "除外：消费者定作的；鲜活易腐的；在线下载或者消费者拆封的音像制品、计算机软件等数字化商品；交付的报纸、期刊。\n"
     "退回商品的运费由消费者承担，另有约定的按照约定。"),
    ("预付卡商家关门怎么办", "CON.PREPAID", "预付卡,退费",
     "保留好会员卡、合同、付款记录、宣传材料。\n"
     "向市场监管部门（12315）投诉；商家卷款逃跑、涉嫌诈骗的，可向公安机关报案。\n"
     "可以联合其他消费者向法院起诉要求退还余额。\n"
     "提醒：单张预付卡不宜一次充值过多。"),
    ("欺诈的惩罚性赔偿", "CON.GOODS", "三倍赔偿,十倍赔偿,食品",
     "经营者提供商品或者服务有欺诈行为的，增加赔偿的金额为价款或者费用的三倍；不足五百元的，为五百元（消费者权益保护法第五十五条）。\n"
     "生产不符合食品安全标准的食品或者经营明知是不符合食品安全标准的食品，消费者可以要求支付价款十倍或者损失三倍的赔偿金；增加赔偿的金额不足一千元的，为一千元（食品安全法第一百四十八条）。"),
    ("物业费纠纷答复口径", "HOU.PROPERTY", "物业费,物业服务",
     "业主以未享受或者无需接受相关物业服务为由拒绝交纳物业费的，法院一般不予支持（民法典第九百四十四条）。\n"
     "物业服务明显不符合约定的，可向物业公司书面提出整改要求，并向街道、住建部门反映；也可通过业主大会依法更换物业。\n"
     "话术：建议保留物业服务不到位的照片、视频等证据。"),
    ("租房押金不退的处理", "HOU.RENT", "租房,押金",
     "押金的扣除应以合同约定和实际损失为限，正常使用造成的磨损不应扣押金。\n"
     "退租时与房东共同验房、拍照留存，办理书面交接。\n"
     "协商不成可申请人民调解，或向房屋所在地法院起诉，小额诉讼程序简便快捷。"),
    ("二手房定金与订金", "HOU.SALE", "定金,购房",
     "给付定金的一方不履行债务的，无权请求返还定金；收受定金的一方不履行的，应当双倍返还定金（民法典第五百八十七条）。\n"
     "定金数额不得超过主合同标的额的百分之二十。\n"
     "“订金”一般视为预付款，可以要求返还。合同中约定因贷款不获批可解除的，按约定处理。"),
    ("交通事故认定复核", "TRA.LIAB", "事故认定,复核",
     "当事人对道路交通事故认定有异议的，可以自道路交通事故认定书送达之日起三日内，向上一级公安机关交通管理部门提出书面复核申请。\n"
     "复核申请应当载明复核请求及其理由和主要证据。\n"
     "肇事逃逸的，及时报警并记录车牌、现场照片；抢救费用可申请道路交通事故社会救助基金垫付。"),
    ("交通事故赔偿项目", "TRA.INSUR", "赔偿,交强险,人身损害",
     "人身损害可主张：医疗费、误工费、护理费、交通费、住院伙食补助费、营养费；致残的还有残疾赔偿金、辅助器具费；致死的有死亡赔偿金、丧葬费；以及精神损害抚慰金。\n"
     "交强险责任限额：死亡伤残18万元，医疗费用1.8万元，财产损失2000元，超出部分由商业险及责任人承担。\n"
     "诉讼时效三年。"),
    ("行政复议申请期限和受理机关", "ADM.REVIEW", "行政复议,期限",
     "认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请；法律规定的申请期限超过六十日的除外。\n"
     "县级以上地方各级人民政府统一管辖本级政府工作部门及下一级政府等的复议案件；海关、金融、外汇管理等实行垂直领导的机关和税务机关的，向上一级主管部门申请。\n"
     "复议不收费。"),
    ("行政诉讼起诉期限", "ADM.REVIEW", "行政诉讼,起诉期限",
     "直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出（行政诉讼法第四十六条）。\n"
     "经复议的，对复议决定不服，可以在收到复议决定书之日起十五日内向人民法院提起诉讼。\n"
     "是否必须先复议，以法律法规规定为准。"),
    ("政府信息公开申请", "ADM.INFO", "信息公开",
     "可通过当面、信函、网上平台等方式向行政机关提交申请，写明申请人信息和所需信息的名称、文号或便于查询的特征描述。\n"
     "不能当场答复的，应当自收到申请之日起二十个工作日内答复；需要延长的，经批准可延长不超过二十个工作日。\n"
     "逾期不答复或对答复不服的，可申请行政复议或提起行政诉讼。"),
    ("民间借贷利率上限", "DEBT.PRIVATE", "借贷,利息",
     "出借人请求按照合同约定利率支付利息的，人民法院应予支持，但双方约定的利率超过合同成立时一年期贷款市场报价利率（LPR）四倍的除外。\n"
     "借贷双方没有约定利息，出借人主张支付利息的，不予支持。\n"
     "借款证据：借条、转账记录、聊天记录；诉讼时效三年。"),
    ("诉讼时效一般规定", "DEBT.PRIVATE", "诉讼时效",
     "向人民法院请求保护民事权利的诉讼时效期间为三年，自权利人知道或者应当知道权利受到损害以及义务人之日起计算；自权利受到损害之日起超过二十年的，人民法院不予保护（民法典第一百八十八条）。\n"
     "权利人向义务人提出履行请求、义务人同意履行、提起诉讼或申请仲裁的，诉讼时效中断，重新计算。"),
    ("人民调解与司法确认", "AID.MEDIATE", "调解,司法确认",
     "人民调解不收费，可向村（居）民委员会、街道（乡镇）人民调解委员会申请。\n"
     "经调解达成的调解协议具有法律约束力，当事人应当按照约定履行。\n"
     "双方可以自调解协议生效之日起三十日内共同向人民法院申请司法确认；确认有效后一方拒不履行的，对方可申请强制执行。"),
    ("暴力催收的投诉渠道", "DEBT.CARD", "催收,信用卡,投诉",
     "催收不得骚扰无关第三人，不得使用恐吓、威胁、辱骂等手段。\n"
     "可向发卡银行投诉，或拨打金融消费者投诉电话12378；受到人身威胁的，立即报警。\n"
     "确有还款困难的，可与银行协商个性化分期还款。"),
    ("夜间施工噪声投诉", "CITY.NOISE", "噪声,施工,夜间",
     "在噪声敏感建筑物集中区域，禁止夜间（二十二时至次日六时）进行产生噪声的建筑施工作业，因生产工艺要求或者其他特殊需要必须连续施工的除外，且须取得证明并公告附近居民（噪声污染防治法）。\n"
     "受理：夜间施工噪声派单至属地住建或城管部门；商铺、娱乐场所噪声由公安机关或相关部门处理。"),
    ("无效来电处置规范", None, "无效来电,骚扰,规范",
     "无声电话：提示“您好，这里是热线，请讲”两次仍无声的，告知“听不到您的声音，请您换个电话再打过来”后挂机。\n"
     "骚扰或辱骂：先提醒文明通话；继续骚扰的，告知将终止通话并记录，挂机后选择“骚扰”快速结果。\n"
     "拨错号码：简要告知本热线服务范围，如可能告知正确的号码。"),
    ("情绪激动来电人的安抚要点", None, "安抚,沟通,服务规范",
     "先倾听，不打断，不争辩；用“我理解您的心情”“请您慢慢说”表示共情。\n"
     "复述来电人诉求并确认，明确告知下一步处理方式和时限，不作超出职责的承诺。\n"
     "涉及自伤、他伤风险的，立即报告值班主管并按应急预案处置。"),
]


# ====================================================================== helpers

class _Weighted:
    """Weighted choice with a bisect over cumulative weights (faster than choices)."""

    def __init__(self, pairs: Sequence[tuple]):
        self.values = [v for v, _ in pairs]
        self.cum = []
        total = 0.0
        for _, w in pairs:
            total += w
            self.cum.append(total)
        self.total = total

    def pick(self, rnd: Callable[[], float]):
        return self.values[bisect.bisect(self.cum, rnd() * self.total)]


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class DemoResult:
    calls: int
    callers: int
    events: int
    first_day: dt.date
    last_day: dt.date
    users: list[DemoUser]
    password: str
    seconds: float
    cancelled: bool = False

    @property
    def rate(self) -> float:
        return self.calls / self.seconds if self.seconds > 0 else 0.0


def default_months(calls: int) -> int:
    """About CALLS_PER_MONTH calls a month, at least three months (so that every
    indicator has a previous month to compare with)."""
    return max(3, math.ceil(calls / CALLS_PER_MONTH))


def _months_before(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(day.day, last))


def random_password() -> str:
    """A password satisfying the account rules, from the system's random source."""
    from ..services.users import check_password_rules

    alphabet = string.ascii_letters + string.digits
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(14))
        try:
            check_password_rules(pw)
        except ValidationError:
            continue
        return pw


class _Writer:
    """Bulk INSERTs with parameters: executemany on SQLite, execute_values on
    PostgreSQL. Table and column names come from the models (constants)."""

    def __init__(self):
        self.sqlite = is_sqlite()
        self._sql: dict = {}

    def sql_for(self, model, fields: Sequence[str]) -> str:
        key = (model, tuple(fields))
        if key not in self._sql:
            cols = ", ".join(f'"{model._meta.fields[f].column_name}"' for f in fields)
            table = model._meta.table_name
            if self.sqlite:
                marks = ", ".join("?" for _ in fields)
                self._sql[key] = f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'
            else:
                self._sql[key] = f'INSERT INTO "{table}" ({cols}) VALUES %s'
        return self._sql[key]

    def insert(self, model, fields: Sequence[str], rows: list) -> None:
        if not rows:
            return
        sql = self.sql_for(model, fields)
        cursor = db.cursor()
        if self.sqlite:
            cursor.executemany(sql, rows)
        else:
            from psycopg2.extras import execute_values

            execute_values(cursor, sql, rows, page_size=2000)


CALL_FIELDS = ("id", "ticket_no", "received_at", "ended_at", "duration_seconds",
               "channel", "caller", "phone", "anonymous", "category", "priority",
               "subject", "description", "solution", "outcome", "status", "assignee",
               "creator", "first_response_at", "resolved_at", "closed_at",
               "first_response_due", "resolution_due", "paused_at", "fcr",
               "reopen_count", "confidential", "external_ref", "updated_at",
               "signed_at")
EVENT_FIELDS = ("call", "at", "actor", "kind", "from_status", "to_status", "detail",
                "assignee_after")
CALLBACK_FIELDS = ("call", "at", "actor", "reached", "note")
RESOLUTION_FIELDS = ("call", "resolved_at", "due_at", "assignee", "resolved_by",
                     "first_contact", "closed_at", "reopened_at", "reopened_by")
SURVEY_FIELDS = ("call", "at", "actor", "rating", "comment")
REVIEW_FIELDS = ("call", "reviewer", "agent", "at", "scores", "total", "comment",
                 "rectification_required", "rectification_due",
                 "rectification_done_at", "rectification_note", "recheck_passed",
                 "rubric_version", "vetoes", "grade")
CALLER_FIELDS = ("id", "phone", "name", "organization", "notes", "flagged",
                 "flag_reason", "created_at")
SHIFT_FIELDS = ("user", "starts_at", "ends_at", "label")

SHIFTS = (("夜班", 0, 8), ("早班", 8, 16), ("中班", 16, 24))


def _join(*parts: str) -> str:
    return " — ".join(p for p in parts if p)


# ====================================================================== the service

@service("demo.generate", writes=False)
def generate(*, actor: Actor, calls: int, seed: int = 1, months: int | None = None,
             now: dt.datetime | None = None, on_progress: ProgressFn | None = None,
             is_cancelled: Callable[[], bool] | None = None,
             batch_size: int = BATCH) -> DemoResult:
    """Fill an empty database with `calls` demo calls over `months` months ending
    now. Manages its own transactions (one per batch of calls). When
    `is_cancelled()` turns true it stops after the batch being written; what was
    written stays consistent and the result says how many calls that is."""
    calls = validation.integer("calls", calls, minimum=1, maximum=MAX_CALLS)
    seed = validation.integer("seed", seed, minimum=0, maximum=2**63 - 1)
    if months is None:
        months = default_months(calls)
    months = validation.integer("months", months, minimum=1, maximum=MAX_MONTHS)
    batch_size = validation.integer("batch_size", batch_size, minimum=1,
                                    maximum=100_000)
    now = validation.datetime_value("now", now, required=False) or clock.now()
    existing = Call.select().count()
    if existing:
        raise Conflict(
            f"the database already holds {existing:,} calls; demo data is only "
            "generated into a database without calls (use a new file, e.g. "
            "hotline --db sqlite:///demo.db demo --calls 10000)")
    started = time.perf_counter()
    builder = _Builder(actor=actor, total=calls, seed=seed, months=months, now=now,
                       on_progress=on_progress, is_cancelled=is_cancelled,
                       batch_size=batch_size)
    builder.run()
    return DemoResult(calls=builder.done, callers=builder.callers_created,
                      events=builder.events_written, first_day=builder.first_day,
                      last_day=builder.last_day, users=builder.demo_users,
                      password=builder.password,
                      seconds=time.perf_counter() - started,
                      cancelled=builder.cancelled)


class _Cancelled(Exception):
    pass


class _Builder:
    def __init__(self, *, actor, total, seed, months, now, on_progress, is_cancelled,
                 batch_size):
        import random

        self.actor = actor
        self.total = total
        self.seed = seed
        self.months = months
        self.now = now.replace(microsecond=(now.microsecond // 1000) * 1000)
        self.on_progress = on_progress
        self.is_cancelled = is_cancelled
        self.cancelled = False
        self.batch_size = batch_size
        self.rng = random.Random(seed)
        self.first_day = _months_before(self.now.date(), months) + dt.timedelta(days=1)
        self.last_day = self.first_day
        self.writer = _Writer()
        self.callers_created = 0
        self.events_written = 0
        self.done = 0
        self.password = ""
        self.demo_users: list[DemoUser] = []

    # ------------------------------------------------------------------ setup

    def run(self) -> None:
        sqlite = self.writer.sqlite
        old_cache = None
        if sqlite:  # a bigger page cache keeps index updates off the disk
            old_cache = db.execute_sql("PRAGMA cache_size").fetchone()[0]
            db.execute_sql("PRAGMA cache_size = -131072")
        try:
            with db.atomic():
                self._setup()
            try:
                self._calls()
            except _Cancelled:
                self.cancelled = True
            with db.atomic():
                self._finish()
        finally:
            if old_cache is not None:
                db.execute_sql("PRAGMA cache_size = %d" % int(old_cache))

    def _setup(self) -> None:
        self.calendar = sla.load_calendar()
        self.policies = sla.load_policies()
        # (first response, resolution, clock) for planning a ticket's life
        self.limits = {p.priority: (p.first_response_minutes, p.resolution_minutes,
                                    p.clock) for p in self.policies.values()}
        self._make_categories()
        self._make_users()
        self._make_articles()
        self._prepare_callers()
        self.counters = {row.day: row.last for row in TicketCounter.select()}
        self.next_call_id = (Call.select(Call.id).order_by(Call.id.desc())
                             .scalar() or 0) + 1
        # choice tables
        self.channel_w = _Weighted(CHANNEL_MIX)
        self.phone_outcome_w = _Weighted(PHONE_OUTCOMES)
        self.other_outcome_w = _Weighted(OTHER_OUTCOMES)
        self.ticket_prio_w = _Weighted(TICKET_PRIORITIES)
        self.answered_prio_w = _Weighted(ANSWERED_PRIORITIES)
        self.rating_w = _Weighted(RATINGS)
        self.late_rating_w = _Weighted(LATE_RATINGS)
        self.top_w = _Weighted([(i, w) for i, (_, _, w, _) in enumerate(CATEGORY_TREE)])
        self.leaf_w = [_Weighted([(j, leaf[2]) for j, leaf in enumerate(children)])
                       for _, _, _, children in CATEGORY_TREE]
        self.hour_cum = []
        acc = 0.0
        for w in HOURLY:
            acc += w
            self.hour_cum.append(acc)
        self.handover_from = self.now.date() - dt.timedelta(days=6)
        self.shift_stats: dict = {}

    def _make_categories(self) -> None:
        existing = {c.code: c.id for c in Category.select(Category.code, Category.id)}
        self.cat_ids: dict[str, int] = {}
        for i, (code, name, _, children) in enumerate(CATEGORY_TREE):
            top = existing.get(code) or Category.create(
                code=code, name=name, sort_order=(i + 1) * 10).id
            self.cat_ids[code] = top
            for j, (ccode, cname, *_rest) in enumerate(children):
                self.cat_ids[ccode] = existing.get(ccode) or Category.create(
                    code=ccode, name=cname, parent=top, sort_order=(j + 1) * 10).id

    def _make_users(self) -> None:
        from ..services.users import HASHER

        per_day = self.total / max(1, (self.now.date() - self.first_day).days + 1)
        duty = min(24, max(8, math.ceil(per_day / 100)))
        plan = ([("duty_officer", duty), ("specialist", 6), ("supervisor", 3),
                 ("secretary", 1), ("director", 1), ("admin", 1)])
        names = list(STAFF)
        self.rng.shuffle(names)
        taken = {u.username for u in User.select(User.username)}
        self.password = random_password()
        pw_hash = HASHER.hash(self.password)
        created_at = dt.datetime.combine(self.first_day, dt.time(8, 30)) \
            - dt.timedelta(days=7)
        self.users: dict[str, list[tuple[int, str]]] = {}
        index = 0
        for role, count in plan:
            self.users[role] = []
            for _ in range(count):
                display, username = names[index]
                index += 1
                base, n = username, 2
                while username in taken:
                    username, n = f"{base}{n}", n + 1
                taken.add(username)
                user = User.create(username=username, display_name=display, role=role,
                                   password_hash=pw_hash, created_at=created_at,
                                   password_changed_at=created_at)
                self.users[role].append((user.id, display))
                self.demo_users.append(DemoUser(username, display, role))
        self.user_name = {uid: name for lst in self.users.values() for uid, name in lst}

    def _make_articles(self) -> None:
        rng = self.rng
        titles = {a.title for a in KnowledgeArticle.select(KnowledgeArticle.title)}
        authors = self.users["specialist"] + self.users["supervisor"]
        for title, code, tags, body in ARTICLES:
            if title in titles:
                continue
            author = rng.choice(authors)[0]
            at = dt.datetime.combine(self.first_day, dt.time(9)) + dt.timedelta(
                minutes=rng.randrange(0, 60 * 24 * 20))
            at = min(at, self.now)
            article = KnowledgeArticle.create(
                title=title, body=body, category=self.cat_ids.get(code) if code else None,
                tags=tags, author=author, version=1,
                use_count=rng.randrange(0, 40) * max(1, self.total // 20000),
                published=True, status="published", published_at=at, created_at=at,
                updated_at=at)
            KnowledgeArticleVersion.create(article=article.id, version=1, title=title,
                                           body=body, category=article.category_id,
                                           tags=tags, author=author, created_at=at)
            for tag in split_tags(tags):  # the tag filter reads these rows
                KnowledgeTag.create(article=article.id, tag=tag)

    def _prepare_callers(self) -> None:
        rng = self.rng
        self.existing_phones = {p: i for p, i in
                                Caller.select(Caller.phone, Caller.id).tuples()}
        self.next_caller_id = (Caller.select(Caller.id).order_by(Caller.id.desc())
                               .scalar() or 0) + 1
        self.phone_off = rng.randrange(10**8)
        self.frequent = max(8, self.total // 8000)
        self.caller_of: list[int] = []  # caller index -> caller id
        self.phone_of: list[str] = []
        self.new_callers: list[tuple] = []
        self.flagged = set(rng.sample(range(self.frequent), min(4, self.frequent)))

    # ------------------------------------------------------------------ callers

    def _phone(self, index: int) -> str:
        x = (index * 7919 + self.phone_off) % 10**8
        if (index * 2654435761) % 100 < 12:  # a landline
            area = AREA_CODES[(index * 40503) % len(AREA_CODES)]
            y = 20_000_000 + (index * 7919 + self.phone_off) % 70_000_000
            return f"{area}{y:08d}"
        prefix = MOBILE_PREFIXES[(index * 97 + 13) % len(MOBILE_PREFIXES)]
        return f"{prefix}{x:08d}"

    def _person_name(self) -> str:
        rng = self.rng
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        return rng.choice(SURNAMES) + given

    def _caller(self, at: dt.datetime, named: bool) -> tuple[int, str]:
        """(caller id, phone) for the next call: a frequent caller, a returning one,
        or someone new."""
        rng = self.rng
        known = len(self.caller_of)
        r = rng.random()
        if known >= self.frequent and r < 0.04:
            index = rng.randrange(self.frequent)
        elif known > self.frequent and r < 0.26:
            index = rng.randrange(self.frequent, known)
        else:
            index = known
        if index == known:
            self._new_caller(index, at, named)
        return self.caller_of[index], self.phone_of[index]

    def _new_caller(self, index: int, at: dt.datetime, named: bool) -> None:
        rng = self.rng
        phone = self._phone(index)
        if phone in self.existing_phones:
            self.caller_of.append(self.existing_phones[phone])
            self.phone_of.append(phone)
            return
        cid = self.next_caller_id
        self.next_caller_id += 1
        name = self._person_name() if named and rng.random() < 0.45 else ""
        flagged = index in self.flagged
        reason = FLAG_REASONS[len(self.caller_of) % len(FLAG_REASONS)] if flagged else ""
        notes = "常来电，已建立来电档案" if index < self.frequent and rng.random() < 0.5 \
            else ""
        self.new_callers.append((cid, phone, name, "", notes, flagged, reason, at))
        self.caller_of.append(cid)
        self.phone_of.append(phone)
        self.callers_created += 1

    # ------------------------------------------------------------------ calendar

    def _day_weights(self) -> list[tuple[dt.date, float]]:
        rng = self.rng
        days = []
        day = self.first_day
        span = max(1, (self.now.date() - self.first_day).days)
        while day <= self.now.date():
            w = WEEKDAY[day.weekday()]
            if day.weekday() < 5 and not self.calendar.is_workday(day):
                w *= 0.5  # public holiday
            w *= rng.uniform(0.9, 1.1) * (0.92 + 0.16 * (day - self.first_day).days / span)
            if day == self.now.date():
                w *= self._today_fraction()
                if w <= 0:
                    break  # no call of today can have ended before now
            days.append((day, w))
            day += dt.timedelta(days=1)
        return days

    def _cutoff_ms(self) -> int:
        """Milliseconds into today before which today's calls were received (a call
        still has to end and be saved before now)."""
        midnight = dt.datetime.combine(self.now.date(), dt.time())
        return max(0, int((self.now - midnight).total_seconds() * 1000) - 35 * 60_000)

    def _today_fraction(self) -> float:
        cutoff = self._cutoff_ms()
        hour, rest = divmod(cutoff, 3_600_000)
        part = sum(HOURLY[:hour]) + (HOURLY[hour] * rest / 3_600_000 if hour < 24 else 0)
        return part / sum(HOURLY)

    @staticmethod
    def _allocate(total: int, weights: list[tuple[dt.date, float]]
                  ) -> list[tuple[dt.date, int]]:
        wsum = sum(w for _, w in weights) or 1.0
        raw = [total * w / wsum for _, w in weights]
        counts = [int(x) for x in raw]
        short = total - sum(counts)
        order = sorted(range(len(raw)), key=lambda i: (counts[i] - raw[i], i))
        for i in order[:short]:
            counts[i] += 1
        return [(d, c) for (d, _), c in zip(weights, counts)]

    def _times_of_day(self, day: dt.date, k: int) -> list[int]:
        """k receive times (ms after midnight), sorted, with the hourly pattern."""
        rng = self.rng
        if k == 0:
            # today before 00:35 has no call that could have ended yet (weight 0);
            # random.choices refuses zero weights even for k=0
            return []
        if day == self.now.date():
            cutoff = self._cutoff_ms()
            last_hour, rest = divmod(cutoff, 3_600_000)
            cum, acc = [], 0.0
            for h in range(min(last_hour + 1, 24)):
                acc += HOURLY[h] * (rest / 3_600_000 if h == last_hour else 1)
                cum.append(acc)
            hours = rng.choices(range(len(cum)), cum_weights=cum, k=k)
            out = []
            for h in hours:
                span = rest if h == last_hour else 3_600_000
                out.append(h * 3_600_000 + rng.randrange(max(1, span)))
        else:
            hours = rng.choices(range(24), cum_weights=self.hour_cum, k=k)
            out = [h * 3_600_000 + rng.randrange(3_600_000) for h in hours]
        out.sort()
        return out

    def _roster(self, day: dt.date, day_index: int) -> list[list[int]]:
        """Duty officers on the night, morning and evening shifts of `day`."""
        officers = [uid for uid, _ in self.users["duty_officer"]]
        n = len(officers)
        k = day_index % n
        rot = officers[k:] + officers[:k]
        weekend = not self.calendar.is_workday(day)
        morning = max(2, round(n * (0.3 if weekend else 0.45)))
        evening = max(1, round(n * (0.2 if weekend else 0.3)))
        night = max(1, n // 8)
        return [rot[morning + evening:morning + evening + night], rot[:morning],
                rot[morning:morning + evening]]

    # ------------------------------------------------------------------ calls

    def _calls(self) -> None:
        plan = self._allocate(self.total, self._day_weights())
        self.buf_calls, self.buf_events, self.buf_callbacks = [], [], []
        self.buf_resolutions: list[tuple] = []
        self.buf_surveys, self.buf_reviews, self.buf_shifts = [], [], []
        self.touched_days: dict[dt.date, int] = {}
        self._progress()
        for day_index, (day, k) in enumerate(plan):
            self.last_day = day
            roster = self._roster(day, day_index)
            self._shift_rows(day, roster)
            midnight = dt.datetime.combine(day, dt.time())
            number = self.counters.get(day, 0)
            for ms in self._times_of_day(day, k):
                number += 1
                received = midnight + dt.timedelta(milliseconds=ms)
                self._one_call(day, number, received, roster[0 if ms < 8 * 3_600_000
                                                             else 1 if ms < 16 * 3_600_000
                                                             else 2])
                self.touched_days[day] = number
                if len(self.buf_calls) >= self.batch_size:
                    self._flush()
            self.counters[day] = number
        self._flush()

    def _shift_rows(self, day: dt.date, roster: list[list[int]]) -> None:
        midnight = dt.datetime.combine(day, dt.time())
        for (label, start, end), people in zip(SHIFTS, roster):
            for uid in people:
                self.buf_shifts.append((uid, midnight + dt.timedelta(hours=start),
                                        midnight + dt.timedelta(hours=end), label))
        if day.weekday() < 5:  # the supervisor on duty (值班主管)
            sups = self.users["supervisor"]
            uid = sups[day.toordinal() % len(sups)][0]
            self.buf_shifts.append((uid, midnight + dt.timedelta(hours=8, minutes=30),
                                    midnight + dt.timedelta(hours=17, minutes=30),
                                    "主管班"))

    def _one_call(self, day: dt.date, number: int, received: dt.datetime,
                  on_duty: list[int]) -> None:
        rng = self.rng
        rnd = rng.random
        now = self.now
        call_id = self.next_call_id
        self.next_call_id += 1
        ticket_no = f"{day:%Y%m%d}-{number:04d}"
        creator = on_duty[int(rnd() * len(on_duty))]
        channel = self.channel_w.pick(rnd)
        is_phone = channel == "phone"
        outcome = (self.phone_outcome_w if is_phone else self.other_outcome_w).pick(rnd)
        service_call = outcome in ("answered", "transferred", "escalated", "callback")

        # what about
        category_id = None
        subject = description = ""
        leaf_code = None
        if service_call:
            ti = self.top_w.pick(rnd)
            children = CATEGORY_TREE[ti][3]
            leaf = children[self.leaf_w[ti].pick(rnd)]
            leaf_code = leaf[0]
            category_id = self.cat_ids[leaf_code]
            subject, description = leaf[3][int(rnd() * len(leaf[3]))]
            confidential = leaf[0] == "FAM.VIOLENCE" or rnd() < 0.01
        else:
            description = NON_SERVICE_NOTES[outcome][int(rnd() * len(NON_SERVICE_NOTES[outcome]))]
            confidential = False

        # how long
        if is_phone:
            if service_call:
                duration = int(min(1500, max(40, rng.lognormvariate(5.5, 0.55))))
            else:
                duration = 3 + int(rnd() * 50)
            ended = received + dt.timedelta(seconds=duration + 15 + int(rnd() * 135),
                                            milliseconds=int(rnd() * 1000))
        elif channel == "walk_in":
            duration = 300 + int(rnd() * 1200)
            ended = received + dt.timedelta(seconds=duration + 60 + int(rnd() * 120))
        else:
            duration = None
            ended = received + dt.timedelta(seconds=60 + int(rnd() * 840))

        # who called (the Caller row is made as the call is saved)
        has_phone = outcome == "callback" or (
            rnd() < 0.985 if is_phone else
            rnd() < {"sms": 1.0, "wechat": 0.5, "web": 0.7, "email": 0.3,
                     "walk_in": 0.8}.get(channel, 0.5))
        anonymous = service_call and rnd() < 0.03
        if has_phone:
            caller_id, phone = self._caller(ended, named=service_call and not anonymous)
        else:
            caller_id, phone = None, ""

        # what happened
        assignee = None
        first_due = resolution_due = None
        priority = "normal"
        steps: list = []
        state = {}
        if outcome == "answered":
            priority = self.answered_prio_w.pick(rnd)
        elif service_call:
            priority = self.ticket_prio_w.pick(rnd)
            if outcome == "transferred":
                assignee = self._specialist()
            elif outcome == "escalated":
                assignee = self._escalation_target()
            elif rnd() < 0.6:  # callback with an assignee
                assignee = self._specialist()
            first_due, resolution_due = clock_math.due_times(
                self.policies.get(priority), received, self.calendar)
        status = workflow.initial_status(outcome, assignee)

        events = self.buf_events
        events.append((call_id, ended, creator, "created", None, status, outcome,
                       assignee or 0))
        if assignee is not None:
            events.append((call_id, ended, creator,
                           "escalated" if outcome == "escalated" else "assigned",
                           None, status, self.user_name[assignee], assignee))
        resolved = outcome == "answered"
        state = {
            "status": status, "assignee_id": assignee,
            "first_response_at": received if resolved else None,
            "resolved_at": ended if resolved else None,
            "closed_at": ended if status == "closed" else None,
            "first_response_due": first_due, "resolution_due": resolution_due,
            "paused_at": None, "solution": "", "fcr": resolved, "reopen_count": 0,
            "updated_at": ended, "signed_at": None,  # 签收: set when its holder starts it
        }
        # the case's resolution history: [resolved_at, due_at, assignee,
        # resolved_by, first_contact, closed_at, reopened_at, reopened_by]
        history: list[list] = []
        if resolved:
            state["solution"] = self._solution(leaf_code)
            history.append([ended, None, None, creator, True, ended, None, None])
        late = False
        if status in ("new", "assigned"):
            steps, late = self._ticket_life(received, ended, priority, outcome, assignee,
                                            leaf_code, creator, on_duty)
        elif resolved and rnd() < 0.25:  # SMS satisfaction survey after the call
            rating = self.rating_w.pick(rnd)
            steps = [(ended + dt.timedelta(minutes=1 + int(rnd() * 60)), None,
                      "survey", None, None, None, ("survey", rating))]
        for at, who, kind, frm, to, detail, extra in steps:
            if at > now:
                break
            if who is None:
                who = creator
            if extra is None:
                state["updated_at"] = at
                self._apply(state, kind, at, who, detail, priority, history)
                events.append((call_id, at, who, kind, frm, state["status"], detail,
                               state["assignee_id"] or 0))
            elif extra[0] == "callback":
                reached = extra[1]
                self.buf_callbacks.append((call_id, at, who, reached, detail))
                events.append((call_id, at, who, "callback", None, None,
                               _join("reached" if reached else "not reached", detail),
                               None))
            else:
                rating = extra[1]
                comment = ""
                if rnd() < 0.4:
                    pool = GOOD_COMMENTS if rating >= 4 else BAD_COMMENTS
                    comment = pool[int(rnd() * len(pool))]
                self.buf_surveys.append((call_id, at, who, rating, comment))
                events.append((call_id, at, who, "survey", None, None,
                               _join(str(rating), comment), None))

        self.buf_calls.append((
            call_id, ticket_no, received, ended, duration, channel, caller_id, phone,
            anonymous, category_id, priority, subject, description, state["solution"],
            outcome, state["status"], state["assignee_id"], creator,
            state["first_response_at"], state["resolved_at"], state["closed_at"],
            state["first_response_due"], state["resolution_due"], state["paused_at"],
            state["fcr"], state["reopen_count"], confidential, None,
            state["updated_at"], state.get("signed_at")))
        self.buf_resolutions.extend((call_id, *r) for r in history)

        # quality spot checks (抽查) on a sample of finished service calls
        if service_call and state["closed_at"] is not None and rnd() < 0.03:
            self._review(call_id, state["closed_at"],
                         state["assignee_id"] or creator, late)
        if day >= self.handover_from:
            key = (day, 0 if received.hour < 8 else 1 if received.hour < 16 else 2)
            stats = self.shift_stats.setdefault(key, [0, 0, 0, None])
            stats[0] += 1
            if outcome in ("transferred", "escalated", "callback"):
                stats[1] += 1
                stats[3] = ticket_no
            elif not service_call:
                stats[2] += 1

    def _apply(self, state: dict, kind: str, at: dt.datetime, who: int, detail: str,
               priority: str, history: list[list]) -> None:
        """One workflow step: the updates `hotline.domain.workflow` computes (the
        same functions calls.start/…/reopen use), and the resolution history."""
        policy = self.policies.get(priority)
        if kind == "start":
            updates = workflow.start(state, at=at, actor_id=who)
        elif kind == "wait_customer":
            updates = workflow.wait_customer(state, at=at)
        elif kind == "resume":
            updates = workflow.resume(state, at=at, policy=policy,
                                      calendar=self.calendar)
        elif kind == "resolve":
            updates = workflow.resolve(state, at=at, solution=detail, policy=policy,
                                       calendar=self.calendar)
            fact = workflow.resolution_fact(state, updates)
            history.append([fact["resolved_at"], fact["due_at"], fact["assignee_id"],
                            who, False, None, None, None])
        elif kind == "close":
            updates = workflow.close(state, at=at)
            if history and history[-1][6] is None:
                history[-1][5] = at
        elif kind == "reopened":
            updates = workflow.reopen(state, at=at, policy=policy,
                                      calendar=self.calendar)
            if history and history[-1][6] is None:
                history[-1][6], history[-1][7] = at, who
        else:
            raise ValueError(f"not a workflow step: {kind}")
        state.update(updates)

    def _specialist(self) -> int:
        specs = self.users["specialist"]
        return specs[int(self.rng.random() * len(specs))][0]

    def _escalation_target(self) -> int:
        r = self.rng.random()
        if r < 0.7:
            sups = self.users["supervisor"]
            return sups[int(self.rng.random() * len(sups))][0]
        if r < 0.8:
            return self.users["director"][0][0]
        return self._specialist()

    def _solution(self, leaf_code: str) -> str:
        options = SOLUTIONS.get(leaf_code) or SOLUTIONS[leaf_code.split(".")[0]]
        return options[int(self.rng.random() * len(options))]

    def _ticket_life(self, received, ended, priority, outcome, assignee, leaf_code,
                     creator, on_duty):
        """The planned steps of a ticket: (at, actor, kind, from, to, detail, extra).
        The caller applies them up to now. Returns (steps, late)."""
        rng = self.rng
        rnd = rng.random
        cal = self.calendar
        fr_min, res_min, clk = self.limits[priority]
        add = sla.add_clock_time
        worker = assignee if assignee is not None else self._specialist()
        steps = []
        status = "assigned" if assignee is not None else "new"
        # first response: most within the limit, some late
        f = rng.uniform(0.05, 0.9) if rnd() < 0.9 else rng.uniform(1.05, 2.5)
        t = max(add(ended, fr_min * f, clk, cal), ended + dt.timedelta(minutes=2))
        steps.append((t, worker, "start", status, "in_progress", "", None))
        if outcome == "callback":
            reached = rnd() < 0.8
            t = t + dt.timedelta(minutes=3 + int(rnd() * 30))
            pool = CALLBACK_REACHED if reached else CALLBACK_MISSED
            steps.append((t, worker, "callback", None, None,
                          pool[int(rnd() * len(pool))], ("callback", reached)))
            if not reached:
                t = add(t, 60 + rnd() * 600, clk, cal)
                steps.append((t, worker, "callback", None, None,
                              CALLBACK_REACHED[int(rnd() * len(CALLBACK_REACHED))],
                              ("callback", True)))
        g = rng.uniform(0.15, 0.95) if rnd() < 0.86 else rng.uniform(1.02, 2.2)
        target = add(received, res_min * g, clk, cal)
        if rnd() < 0.12:  # waiting on the caller for material
            wait = max(t + dt.timedelta(minutes=10),
                       add(t, res_min * rng.uniform(0.05, 0.2), clk, cal))
            steps.append((wait, worker, "wait_customer", "in_progress",
                          "pending_customer",
                          WAIT_NOTES[int(rnd() * len(WAIT_NOTES))], None))
            resume = wait + dt.timedelta(hours=4 + rnd() * 90)
            steps.append((resume, worker, "resume", "pending_customer", "in_progress",
                          "来电人已补充材料", None))
            paused = sla.clock_time_between(wait, resume, clk, cal)
            target = add(target, paused.total_seconds() / 60, clk, cal)
            t = resume
        t = max(target, t + dt.timedelta(minutes=10))
        late = g > 1
        solution = self._solution(leaf_code)
        steps.append((t, worker, "resolve", "in_progress", "resolved", solution[:500],
                      None))
        t = t + dt.timedelta(hours=1 + rnd() * 70)
        closer = worker if rnd() < 0.7 else self.users["supervisor"][0][0]
        steps.append((t, closer, "close", "resolved", "closed", "", None))
        if rnd() < 0.05:  # 退回重办
            t = t + dt.timedelta(hours=6 + rnd() * 90)
            sup = self.users["supervisor"][int(rnd() * len(self.users["supervisor"]))][0]
            steps.append((t, sup, "reopened", "closed", "reopened",
                          REOPEN_REASONS[int(rnd() * len(REOPEN_REASONS))], None))
            t = add(t, 30 + rnd() * 240, clk, cal)
            steps.append((t, worker, "start", "reopened", "in_progress", "", None))
            t = add(t, 60 + rnd() * res_min * 0.5, clk, cal)
            steps.append((t, worker, "resolve", "in_progress", "resolved",
                          self._solution(leaf_code)[:500], None))
            t = t + dt.timedelta(hours=1 + rnd() * 48)
            steps.append((t, worker, "close", "resolved", "closed", "", None))
        if rnd() < 0.85:  # 回访 after closing
            t = t + dt.timedelta(hours=1 + rnd() * 47)
            visitor = on_duty[int(rnd() * len(on_duty))] if rnd() < 0.5 else worker
            reached = rnd() < 0.8
            pool = CALLBACK_REACHED if reached else CALLBACK_MISSED
            steps.append((t, visitor, "callback", None, None,
                          pool[int(rnd() * len(pool))], ("callback", reached)))
            if reached and rnd() < 0.85:
                rating = (self.late_rating_w if late else self.rating_w).pick(rnd)
                steps.append((t + dt.timedelta(minutes=2), visitor, "survey", None, None,
                              None, ("survey", rating)))
        return steps, late

    def _review(self, call_id: int, after: dt.datetime, agent: int, late: bool) -> None:
        rng = self.rng
        at = after + dt.timedelta(hours=2 + rng.random() * 200)
        if at > self.now:
            return
        reviewer = rng.choice(self.users["supervisor"])[0]
        weak = late or rng.random() < 0.12
        # one draw per dimension (out of 20, as before), given to each item of the
        # default rubric (version 1) in proportion to its points
        drawn = [(rng.randint(10, 17) if weak else rng.randint(15, 20))
                 for _ in RUBRIC]
        scores = {item.code: round(item.points * d / 20)
                  for dim, d in zip(qa_rules.DEFAULT_RUBRIC.dimensions, drawn)
                  for item in dim.items}
        total = float(sum(scores.values()))
        rect = qa_rules.needs_rectification(total, ())
        due = (at + dt.timedelta(days=7)).date() if rect else None
        done = at + dt.timedelta(days=1 + rng.random() * 5) if rect else None
        if done is not None and done > self.now:
            done = None
        recheck = (rng.random() < 0.9) if done is not None else None
        comment = rng.choice(QA_COMMENTS_BAD if rect else QA_COMMENTS_GOOD)
        self.buf_reviews.append((
            call_id, reviewer, agent, at, json.dumps(scores, ensure_ascii=False,
                                                     sort_keys=True),
            total, comment, rect, due, done,
            "已组织学习相关规范并整改" if done else "", recheck,
            1, "[]", qa_rules.grade(total)))

    # ------------------------------------------------------------------ writing

    def _flush(self) -> None:
        w = self.writer
        with db.atomic():
            w.insert(Caller, CALLER_FIELDS, self.new_callers)
            w.insert(Call, CALL_FIELDS, self.buf_calls)
            w.insert(CallEvent, EVENT_FIELDS, self.buf_events)
            w.insert(CaseResolution, RESOLUTION_FIELDS, self.buf_resolutions)
            w.insert(Callback, CALLBACK_FIELDS, self.buf_callbacks)
            w.insert(Survey, SURVEY_FIELDS, self.buf_surveys)
            w.insert(QualityReview, REVIEW_FIELDS, self.buf_reviews)
            w.insert(Shift, SHIFT_FIELDS, self.buf_shifts)
            if self.touched_days:
                (TicketCounter
                 .insert_many([{"day": d, "last": n}
                               for d, n in sorted(self.touched_days.items())])
                 .on_conflict(conflict_target=[TicketCounter.day],
                              update={TicketCounter.last: EXCLUDED.last})
                 .execute())
        self.done += len(self.buf_calls)
        self.events_written += len(self.buf_events)
        for buf in (self.new_callers, self.buf_calls, self.buf_events,
                    self.buf_resolutions,
                    self.buf_callbacks, self.buf_surveys, self.buf_reviews,
                    self.buf_shifts):
            buf.clear()
        self.touched_days = {}
        self._progress()
        if self.is_cancelled is not None and self.done < self.total \
                and self.is_cancelled():
            raise _Cancelled()

    def _progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.done, self.total)

    def _finish(self) -> None:
        if not self.writer.sqlite:  # explicit ids leave the sequences behind
            for model in (Call, Caller):
                table = model._meta.table_name
                db.execute_sql(
                    "SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                    f'(SELECT MAX(id) FROM "{table}"))', (f'"{table}"',))
        self._handover_notes()
        audit(self.actor, "demo", "", "generate", None, {
            "calls": self.done, "requested": self.total, "cancelled": self.cancelled,
            "seed": self.seed, "months": self.months,
            "from": self.first_day, "to": self.now,
            "users": [u.username for u in self.demo_users]})

    def _handover_notes(self) -> None:
        rng = self.rng
        for (day, shift_index), (total, tickets, invalid, sample) in sorted(
                self.shift_stats.items()):
            label, start, end = SHIFTS[shift_index]
            ends = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=end)
            if ends > self.now:
                continue
            starts = ends - dt.timedelta(hours=end - start)
            shifts = list(Shift.select().where(Shift.starts_at == starts,
                                               Shift.label == label))
            if not shifts:
                continue
            shift = shifts[0]
            body = (f"{label}交接：本班共接来电{total}个，其中派单/回电工单{tickets}件，"
                    f"无效来电{invalid}个。")
            if sample:
                body += f"工单 {sample} 需下一班关注办理进度。"
            if rng.random() < 0.4:
                body += "系统运行正常，话务高峰集中在上午。"
            written = ends - dt.timedelta(minutes=10)
            nxt = ends + dt.timedelta(minutes=5)
            ack_by = ack_at = None
            if nxt <= self.now:
                later = list(Shift.select().where(Shift.starts_at == ends))
                if later:
                    ack_by, ack_at = later[0].user_id, nxt
            HandoverNote.create(author=shift.user_id, written_at=written, shift=shift.id,
                                body=body, acknowledged_by=ack_by, acknowledged_at=ack_at)
