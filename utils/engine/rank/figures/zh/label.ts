/**
 * Chinese for the labeller (`label-zh.ts`): characters and words that end a noun phrase, verbs a subject runs
 * into, the trail between a subject and its number, and what a label may not end on. Data only.
 */

/** Characters that end a Chinese noun phrase wherever they occur: particles, prepositions, conjunctions. */
export const ZH_STOP = new Set(
  '的了在是和与及或等将把被让给向从对于以而并也都就还又才有每其之这那该此所着过得地很更最已再即约近超达'.split(''),
);
/** Locative characters end a phrase except at its start (`中小微企业` but `大型企业中`). */
export const ZH_STOP_AFTER_FIRST = new Set('中上下内外里后前'.split(''));
/** Words ending in a locative that modify a noun after them (`国内航班`, `海外市场`, `室内面积`): no end of a phrase. */
export const ZH_LOCATIVE_MODIFIERS: ReadonlySet<string> = new Set(
  '国内 国外 境内 境外 海内 海外 省内 省外 市内 市外 区内 室内 室外 户外 场内 场外 线上 线下 域内 校内 校外'.split(' '),
);
/** Common verbs: a phrase running into one has ended (`中小微企业提供了…`, `活跃用户连接…`). */
export const ZH_STOP_VERBS = new Set(
  (
    '提供 实现 帮助 连接 联通 达到 增长 增加 减少 下降 提升 提高 降低 超过 参与 使用 覆盖 完成 获得 进行 开展 推动 带动 ' +
    '支持 服务 拥有 成为 占比 同比 环比 分布 位于 来自 通过 采用 接入 入驻 注册 购买 参加 受益 享受 选择 加入 入选 上线 ' +
    '分别 共计 累计 合计 总计 发布 推出 签约 落地 部署 投入 节约 节省 带来 创造 涉及 包括 包含 遍布 聚集 实施 开通 贡献 ' +
    '产生 形成 构建 打造 建成 运营 运行 处理 承载 支撑 保障 面向 需要 表示 表明 说明 认为 指出 显示 预计 出现 发生 用于 获批 建设 新建 修建 兴建 投资 使用 参与 完成 实施 推进 ' +
    '促进 加快 购买 采购 销售 生产 制造 研发 开发 引进 吸引 吸纳 招聘 雇用 雇佣 培训 帮扶 救助 感染 死亡 受伤 失踪 流入 流出'
  ).split(' '),
);
/**
 * `有`, `共有`, `约有` right before a count of people (or as its hedge): they exist, and are the subject of what follows.
 */
export const ZH_THERE_ARE = /有$/u;
export const ZH_THERE_ARE_HEDGE = /^(?:约|共|已|还|另|就|大约)有/u;
/** Adverbs of scope that open the predicate after a counted noun: `951名学生全部考上大学`. */
export const ZH_SCOPE_ADVERB = /^(?:全部|全都)/u;
/** A verb followed by one of these is a noun (`毕业生`, `投资者`, `销售额`, `服务器`, `签约金`). */
export const ZH_NOUN_SUFFIX = new Set('生者人员率量额费品商器机金款'.split(''));
/** Words between a Chinese subject and its number (`车主用户预计达到1.5亿人`), longest first. */
export const ZH_LEFT_TRAIL = (
  '预计将达到 预计达到 下调至 上调至 调整至 下降至 上升至 下调 上调 同比增长 同比下降 同比减少 增长了 增长到 增长至 增加到 增加至 增加了 下降了 下降到 下降至 减少了 提升了 ' +
  '提升至 提高了 提高到 降低了 达到了 突破了 超过了 大约有 约为 约有 约达 已达 已经 已超 预计 达到 突破 超过 增长 增加 下降 减少 ' +
  '提升 提高 降低 共有 共计 总计 累计 合计 占比 同比 环比 分别 只有 仅有 将近 接近 高达 多达 大约 达 为 是 有 共 占 已 将 了 ' +
  '超 逾 近 约 仅 只 至 到 每小时 每分钟 每年 每月 每天 每日 每周 每秒 每人 每户 平均 人均 年均'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
/**
 * Where a subject phrase begins, reading leftwards: time words, particles, prepositions, conjunctions, and `首款`
 * (`全球首款晶体管数超过100亿的芯片`: the first of a kind is what the phrase describes, not what the number counts).
 */
export const ZH_LEFT_SPLIT_WORDS = new Set(
  '其中 目前 今年 去年 明年 当前 截至 截止 迄今 如今 同时 此外 以及 已经 首款 首个 首家 首批 唯一'.split(' '),
);
/** Single characters where a subject phrase begins, reading leftwards. */
export const ZH_LEFT_SPLIT_CHARS = new Set('的在是和与及或等为将把被让给向从对于以而并也都就还又有占了其'.split(''));
/**
 * Owners a label can't keep before its 的: pronouns and words that point elsewhere (`其`, `这些`, `该`) name nothing
 * a card can show without its sentence, words of degree or time (`最大的`, `当年的`) describe, not own, and a place
 * (`京东上的车主用户`) says where, which the story's subject already does.
 */
export const ZH_NOT_OWNERS =
  /[我你您他她它其这那]|^(?:该|此|本|自己|大家|人们|最|假如|如果|当年|今年|去年|目前|当时|之前|之后|以前|以后)|[上中里内外下]$/u;
/**
 * A demonstrative opening an owner that was named before (`这些投资`, `该公司`): the noun after it still says whose.
 * Not `这个`, as often `such a` (`有这个名称的网页`) as `this`.
 */
export const ZH_DEMONSTRATIVE = /^(?:[这那]些|该)(?=\p{Script=Han}{2})/u;
/** A subject that points elsewhere (`这里聚集了…`, `其…`): what it stands for is in another sentence. */
export const ZH_POINTS_ELSEWHERE = /^(?:这里|那里|这儿|那儿|此处|其|他|她|它|我|你|您)/u;
/** Hedges written after the counted noun (`15个人左右`, `100名学生以上`): they qualify the number, not the noun. */
export const ZH_HEDGE_AFTER = /左右|上下|以上|以下|开外/u;
/** A span or distance closed by `内` (within): `48小时内`, `500米以内`. */
export const ZH_WITHIN = /^(?:以内|之内|内)/u;
/** A moment a span is counted from: `开学报到前`, `返校后`. */
export const ZH_TIME_FRAME = /[前后]$/u;
/** Prepositions of an agent or a place opening a clause after a span (`由学校组织`, `到…`): no noun follows. */
export const ZH_AGENT = /[由到经凭按]/u;
/** Places end in these: `美国`, `昆明市`, `关东地区`. */
export const ZH_PLACE = /(?:国|省|市|县|区|州|镇|村|地区)$/;
/** Adverbs a label can't end on: `学生只(有)`, `男士仅(得到)`, `线索成功(实施)` keep the subject once the word is whole. */
export const ZH_TRAILING_ADVERBS = /(?:全部|一度|分别|成功|只|仅|都|也|还|就|才|又|再|已|共|各|均|则|却|竟|更)+$/;

/** Currencies: a label that is one (`4.5亿元 [人民币]`) repeats the unit the figure already shows. */
export const ZH_CURRENCY_LABEL = /^(?:人民币|美元|欧元|日元|港元|港币|英镑|韩元|卢布|澳元|加元)$/;

/** Verbs that say what happened to what is counted, kept in its label: `企业入选…`, `人确诊`, `人死亡`. */
export const ZH_EVENT_VERBS: ReadonlySet<string> = new Set(
  '入选 获得 获评 参加 加入 入驻 签约 受益 感染 确诊 死亡 遇难 受伤 失踪 获救 落户 上市 停运 停产 关闭 倒闭 裁员 毕业 就业 脱贫'.split(
    ' ',
  ),
);

/**
 * A stop character ending a noun with the character before it: `事务所`, `研究所`, `营地`. (Not `目的`: `项目的关系`
 * is a project's relations.)
 */
export const ZH_NOUN_ENDINGS: ReadonlySet<string> = new Set(
  '务所 究所 出所 诊所 场所 住所 会所 易所 儿所 营地 基地 工地 土地 草地'.split(' '),
);

/**
 * A stop or locative character opening a noun with the character after it: `商务地标性建筑`, `地铁线路`, `工作过程`,
 * `峰值下载速率`, `用户内容`.
 */
export const ZH_NOUN_OPENINGS: ReadonlySet<string> = new Set(
  (
    '地标 地区 地铁 地方 地产 地块 地段 地址 地图 地面 地球 地震 地价 地税 过程 对象 对手 得分 ' +
    '下载 上传 上行 下行 上限 下限 内存 内容 外观 外资 内资 中心 后台 前景 中学 中央 中文 中医 中药 中型 中级 中层 中小 ' +
    '上市 上游 下游 外国 外籍 内地 内陆 后勤'
  ).split(' '),
);

/** A place relative to something (`200米左右的下方`, `附近`, `以上`) says where, not what is measured. */
export const ZH_LOCATIVE_LABEL =
  /^(?:[上下前后左右东南西北里外内旁][方面侧边部]|附近|周围|周边|以下|以上|之间|中间|当中)$/u;

/**
 * The whole a part is counted from, right before the part (`16条地铁线路有10条停运`): the part is of the whole's
 * noun, and a label that only says what happened (`停运`) gets it.
 */
export const ZH_WHOLE_BEFORE_PART =
  /[\d一二两三四五六七八九十百]+[条个名家人辆座所项台只架艘部]([\u4e00-\u9fff]{2,6}?)(?:中|当中|之中)?(?:就有|有)$/u;

/** Verbs of a change in level. */
const ZH_CHANGE_VERBS = '上升|下降|增长|增加|减少|提升|提高|降低|下滑|上涨|下跌';
/** A verb of change alone (`上升`, `下滑`) as a label says a number moved, not what it counts. */
export const ZH_CHANGE_VERB = new RegExp(`^(?:${ZH_CHANGE_VERBS}|回落|反弹|突破|达到|超过|扩大|缩小)$`, 'u');
/** Time words a change verb may follow (`较去年同期下滑`): with them the label is still only the verb. */
export const ZH_CHANGE_FRAME = /^(?:较|比|与|同)?(?:去年同期|上年同期|去年|上年|前年|上月|上季度|同期|同比|环比)+/;

/** A label opening on a modal, a conjunction or an adverb of scope is the clause after the number: `要养活`, `而且`, `全部打`. */
export const ZH_CLAUSE_LABEL = /^(?:要|会|能|可以|应该|而且|并且|但是|虽然|因为|所以|如果|分别|全部|都|也|还|就|才)/u;
/** Labels that say how much or how alike, not what: `同样为2335mm` is the wheelbase, `分别为` the figures. */
export const ZH_MANNER_LABEL = /^(?:同样|一样|相同|相等|分别|一共|总共|大约|仅仅|至少|最多|高达|多达|足足|整整|为期)$/;

/**
 * What makes an ordinal a standing in a ranking (`世界第二大内陆国`, `排名第一`, `第一名`) rather than a place in a
 * sequence (`第二张专辑`, `第二架飞机`, `第一板斧`), which names an item and reports nothing: a superlative after it,
 * a ranking or its scope before it.
 */
export const ZH_RANKED_WRITTEN = /第[\d一二三四五六七八九十百]+(?:大|高|多|长|快|强|名)/;
export const ZH_RANKED_BEFORE = /(?:排名|排行|排在|位列|位居|名列|居|世界|全球|全国|全省|全市|亚洲|国内|行业)(?:第)?$/;

/** After the whole a part is counted from: `18名值班人员中有10人`, `12个城市当中的11个`, `16条地铁线路有10条停运`. */
export const ZH_WHOLE_OF_PART =
  /^[^，。；：\d]{0,10}?(?:(?:中|当中|之中)(?:有|的|就有)?(?:\d|[一二两三四五六七八九十])|(?<![只仅])有\d)/;
/** Before an earlier value in `从A增至B`, `由A降至B`: the card would show A as if it were the news. */
export const ZH_FROM_BEFORE = /[从由][^，。；、]{0,10}$/;
/** After the earlier value: the verb that moves it to the later value. */
export const ZH_TO_AFTER =
  /^[^，。；]{0,6}?(?:[增升降减]至|(?:增加|增长|上升|下降|减少|提高|提升|扩大|缩小|降低|跃升|攀升|回落)[到至]|到|至)(?:约|近|超|超过)?[\d一二三四五六七八九十两]/;

/**
 * A two-digit year before an event (`57年的整风运动`, `79年的民主墙运动`) is 1957, 1979: the time of the event,
 * not a span of 57 years.
 */
export const ZH_EVENT_AFTER_YEAR =
  /^的?[^，。；]{0,8}?(?:运动|事件|战争|革命|会议|大会|危机|风波|起义|改革|政变|地震|洪水|奥运会|世界杯|选举)/;

/** Before a span, a frame of time (`头两天`, `过去三年`, `未来5年`): the span says when, not how long something lasted. */
export const ZH_TIME_FRAME_BEFORE = /(?:头|最初|过去的?|未来的?|今后|此后|最近)$/;

/** Parts of the text's own argument (`2个方面`, `3件事`, `三个原因`): counting them numbers the article, not the world. */
export const ZH_DISCOURSE_PARTS = /^(?:方面|问题|原因|部分|阶段|环节|层面|角度|特点|原则)|^事(?![务业故实情])/;
/** A word for time as the label of a span (`2年 [时间]`) repeats what the span is. */
export const ZH_TIME_ONLY_LABEL = /^(?:时间|时候|期间|时期|时光|岁月|光阴)$/;
/** Trail words that say a share is a change (`同比增长`, `减少了`): kept with a share's subject, less the `了`. */
export const ZH_CHANGE_TRAIL = new RegExp(`^((?:同比|环比)?(?:${ZH_CHANGE_VERBS}))了?$`, 'u');
/** A figure, a comma, then its change: `1056.2亿元，同比增长`. */
export const ZH_CHANGE_AFTER_FIGURE = new RegExp(
  `(\\d[\\d.,]*[万亿]?\\p{Script=Han}{0,2})[，,]\\s*((?:同比|环比)?(?:${ZH_CHANGE_VERBS}))了?(?:约|近|超|达)?$`,
  'u',
);
/** A verb that reports a figure and what comes before it (`上半年龙湖实现`合约销售金额): no part of what it is. */
export const ZH_REPORTED_BY = /^.*?(?:实现|完成|取得|录得|获得|达成)/u;
/** A verb of change in a phrase (`较去年同期下滑`). */
export const ZH_CHANGE_IN = new RegExp(ZH_CHANGE_VERBS, 'u');
/** Prepositions and a copula a label can't open on (`为级数递增`); not words they begin (`为期`, `以色列`, `于是`). */
export const ZH_PREPOSITION_LABEL = /^(?:为(?!期)|被|把|向(?!日葵)|于(?!是)|以(?!色列|上|下|内|外))/;
/** Openers of an example or a supposition: the numbers of such a sentence illustrate (`centrality.ts`). */
/** `世界8个…国家之一`: the figure counts a set the thing belongs to, told to place it. */
export const ZH_ONE_OF = /^[^，,。；;、]{0,12}之一/u;
export const ZH_ASIDE_OPENERS = /^\P{L}*(?:例如|比如|譬如|举例来说|举个例子|假设|假如|假定|倘若|设想)/u;

/**
 * How often, said before the number (`每年生产3万吨钢材`, `每天处理200万个包裹`): the counted noun after it is a rate,
 * and a card without it reads as a total.
 */
export const ZH_RATE = /每(?:年|天|日|月|周|小时|分钟|秒)/u;

/** A group named before a share (`受访儿童中有7.8%…`, `在接受调查的大学生中，超过60%…`): the share is of the group. */
export const ZH_GROUP_BEFORE = /(?:中|里|当中)[，,]?(?:有|的)?(?:超过|超|约|近|仅|只有|逾|达)?$/u;
/** Words of saying that open what a share of a group said (`超过60%表示…`): the label is what they said. */
export const ZH_SAYING = /^(?:表示|认为|称|说|选择|希望)/u;
/**
 * Endings that leave a clause open: what is said, given, compared or chosen comes after them (`择友标准是：…`,
 * `表示他们希望，…`, `捐钱给“…”`), so a label cut there says nothing of the share.
 */
export const ZH_OPEN_ENDINGS =
  /(?:是|的|给|对|向|把|被|与|和|跟|为|将|比|会|要|能|希望|认为|表示|觉得|选择|包括|如下)$/u;

/**
 * What ends a time phrase's hold on the clauses after it: a sentence's end, a later time (`如今`, `目前`), another
 * year written before the figure.
 */
export const ZH_WHEN_BREAKS = /[。；;！？!?]|如今|目前|现在|当前|今年|去年|明年|此后|后来|\d{4}年/u;
/** Nouns that name a quantity: `用户数`, `销售额`, `增长率`, `营收`. */
const ZH_QUANTITY_NOUNS = '数|量|额|率|值|价|费|收入|支出|成本|利润|营收|规模|人口|增速|占比|比例|比重';
/**
 * Labels that name a quantity, which a year dates (`1996年用户数`, `1958年末价值`); a year before a count of things
 * (`2002年底完成调查，收回三个城区`) dates the event of its own clause, not the things.
 */
export const ZH_DATED_QUANTITY = new RegExp(`(?:${ZH_QUANTITY_NOUNS})$`, 'u');
/** Headings that say who speaks or where a text comes from, not whose the news is: `记者：`, `原标题：`, `问：`. */
export const ZH_NOT_HEADINGS = /记者|编者|编辑|来源|标题|作者|摘要|提示|注|问|答|据|消息|报道|表示|指出|称/u;
/** A dimension right before a measure (`宽约`, `深达`, `海拔`, `落差`), with its hedge or verb. */
export const ZH_DIMENSION_BEFORE =
  /((?:全|总)?(?:宽|长|高|深|厚)|直径|海拔|落差|(?:建筑|占地|使用)?面积)(?:约|达|为|近|超过)?$/u;
/** A short name in quotes, ending right where a quantity's label begins: `“软体飞机”`造价. */
export const ZH_QUOTED_OWNER = /[“「『]([\u4e00-\u9fffA-Za-z\d]{2,8})[”」』]$/u;
/** A roundup item's heading: the company or body it is about, before a colon (`天奇股份：`, `运达股份：`). */
export const ZH_ROUNDUP_HEADING = /^\s*([\u4e00-\u9fffA-Za-z]{2,8})[：:](?!\s*$)/u;
/**
 * Quantities that are someone's or something's (`中标额`, `平均身高`, `轴距`): without an owner they would fit every
 * item of a roundup or group of a survey, so a label gets the owner the sentence names elsewhere.
 */
const ZH_MEASURE_NOUNS = '身高|体重|高度|长度|宽度|面积|轴距|车高|车长|排量|功率|速度|年龄|增幅|降幅|涨幅';
/** The quantity noun ending a label; the last of coordinated subjects shares it (`营业成本和营业支出增幅`). */
export const ZH_SHARED_QUANTITY = new RegExp(`(?:${ZH_QUANTITY_NOUNS}|${ZH_MEASURE_NOUNS})$`, 'u');
export const ZH_OWNED_QUANTITY = new RegExp(`${ZH_SHARED_QUANTITY.source}|^(?:平均|人均)`, 'u');
/**
 * `A和B…分别为X和Y`: each figure after 分别 (respectively) is the subject of its place in the list before it, the
 * subjects running up to 分别 with an adverb between (`却`, `都`).
 */
export const ZH_RESPECTIVELY = /([\u4e00-\u9fff]{2,}(?:[和与及、][\u4e00-\u9fff]{2,})+?)[却都也则均]*分别/u;
/** The verb that opens a list of figures after 分别 (`分别为34.5亿元、50.9亿元`), up to its first figure. */
export const ZH_LIST_OPENER = /^(?:为|是|达到?|约为|高达|约)?(?=\d)/u;
/** A term a court hands down (`有期徒刑三年`): the story's figure however it is written. */
export const ZH_PRISON_TERM = /徒刑|刑期|监禁|拘役|管制/u;
/**
 * A sentence that forecasts its figure rather than reports it: `预测`, `有望`, `预计` with a time to come (`预计到2010年
 * …将上升`). `预计` alone is as often an estimate of now (`目前…用户预计达到1.5亿人`).
 */
export const ZH_OUTLOOK = /预测|有望|(?:预计|预期)[^。；]{0,16}(?:将|到\d{4}年|明年|未来)/u;
/**
 * One unit of area, weight, length or a household, then 的 and the noun of another number (`1平方米的产值480元`): the
 * base of a rate. Group: the unit. The base is no figure, and the number after it is per unit (`每平方米产值`).
 */
export const ZH_UNIT_BASE =
  /(?<![\d.])[1一]\s*(平方米|平方公里|平方千米|亩地|亩|公顷|公斤|千克|吨|斤|米|公里|千米|升|户)的$/u;
/** After a unit base and its 的: the noun and the number it is per unit of (`产值480元`, `收入超过5000元`). */
export const ZH_RATE_AFTER_BASE =
  /^[\u4e00-\u9fff]{1,6}?(?:约为|约|为|是|达到|达|超过|超|近|可达|有)?[\d一二三四五六七八九十两]/u;
/** `按照市场价每粒0.4元计算`: a figure a sum is reckoned by; 计算 after it says how it is used, the noun before it what it is. */
export const ZH_RECKONED_BY = /(?:按照|按|以)[^，。；]*$/u;
/** The verb of such a reckoning, read as the word after the figure. */
export const ZH_RECKONING = /^(?:计算|来算|算|计)$/u;
/** Where a clause ends, for a thin label widened to its clause (`label-clause.ts`). */
export const ZH_CLAUSE_BREAK = /[，。；！？：,;:!?（）()【】[\]\n]/u;
/** Conjunctions that join a clause to the one before it: the card starts after them (`并在2018年加入…阵营`). */
export const ZH_CLAUSE_OPENERS =
  /^(?:并且|而且|但是|同时|此外|另外|以及|其中|毕竟|因此|所以|于是|然而|不过|可是|并|而|但|且|及)/u;
/** Characters that add nothing a card can say: particles, prepositions, locatives (`在…高度上`). */
export const ZH_EMPTY_CHARS: ReadonlySet<string> = new Set(
  '的了在是有和与及或也还都就又从对向于以为被把将个这那其该上下中里内'.split(''),
);
/** `来自美、英、日、德、澳…8个国家`: the members listed before a count, with the verb that opens the list. */
export const ZH_MEMBERS_BEFORE =
  /(来自|包括|涉及|覆盖|包含)?(?:[\p{Script=Han}A-Za-z—-]{1,6}、){2,}[\p{Script=Han}A-Za-z—-]{1,6}等?$/u;
/** `使用4周后，`: a short clause of time before a figure's clause, which says when the figure holds. */
export const ZH_CONDITION_BEFORE =
  /(?<=^|[，。；！？：,;:!?“「])[^，。；！？：,;:!?“”「」]{2,8}(?:后|之后|以后|时|之时|以来)[，,]$/u;
/** A person or a thing pointed at, anywhere before the figure (`去年他有…粉丝`): who it is, another sentence says. */
export const ZH_PRONOUN = /[他她它我你您]|^(?:该|这[家个些位名所]|那[家个些位名所])/u;
/** `9月18至23日`: a date, which a clause label would have read with the figure. */
export const ZH_DATE_IN_CLAUSE = /\d{1,2}月\d{1,2}(?:日|至|到|-)/u;

/**
 * First words of a clause whose subject is the topic of the clause before (`每年可生产…`, `是維多利亞州…`, `也耗资…`); not
 * 则, 便, 就, which as often open a clause with a subject of its own, nor 还, 都, 又, 可, which the segmenter may leave
 * alone at the start of a word (`还款`).
 */
export const ZH_SUBJECTLESS: ReadonlySet<string> = new Set('也 每年 每天 每月 判处 共 是'.split(' '));
/** Second words that make a copula a cause or a purpose (`是因为…`), with a subject of its own after them. */
export const ZH_COPULA_CAUSE: ReadonlySet<string> = new Set(['因为', '由于', '为了']);
/** Breaks between the clauses of a sentence. */
export const ZH_TOPIC_BREAK = /[，,；;：:]/u;
/** A clause before the topic that says nothing of it: an opener of time or source, or who said it (`业内人士认为`). */
export const ZH_LEAD_IN_CLAUSE =
  /^(?:目前|当前|如今|现在|据悉|据了解|据介绍|据报道|同时|此外|另外|其中)?$|(?:认为|表示|指出|介绍|称|说|显示|发现|获悉|透露|强调|预计|报道)$/u;
/**
 * The short name a clause opens on, up to its first preposition, adverb, verb of being or 犯 (`被告人莫莉花犯…罪`); not
 * up to a 的, whose noun may be the subject instead (`小明的父亲是医生，每年可挣…`).
 */
export const ZH_TOPIC =
  /^([\u4e00-\u9fff]{2,6}?)(?:像|在|有|是|为|将|已|也|对|把|被|从|于|共|均|都|还|又|犯|未来|目前|今年|现在|如今)/u;
/** Conjunctions and frames a clause may open on: no topic (`即使是水平…`, `如果孩子们…`). */
export const ZH_NOT_TOPICS =
  /^(?:即使|如果|虽然|尽管|因为|由于|为了|随着|根据|按照|通过|经过|对于|关于|除了|只有|只要|无论|不仅)/u;
/** A clause that only names something, a modifier then 的 and its noun (`200多人的动画设计队伍`), with no verb. */
export const ZH_NOUN_CLAUSE = /^[^是有在为将把被对]*的([\u4e00-\u9fff]{2,6})$/u;
/** A phrase of where or by whom, then its verb, closing the clause after a counted noun (`在暗网低价出售。`). */
export const ZH_DONE_AFTER = /^((?:在|正在|被|已在|已被)[\u4e00-\u9fff]{2,10})[，。；！？,;!?]/u;
/** A short quoted name with Han in it (`“12306账号”`). */
export const ZH_QUOTED_NOUN = /^“([^”，。]{0,10}\p{Script=Han}[^”，。]{0,10})”(?![\u4e00-\u9fff](?<![的和在及等]))/u;
/** Measures of times or turns: what is quoted after them is what was said or done, not counted (`5次“改革”`). */
export const ZH_VERBAL_MEASURES: ReadonlySet<string> = new Set('次遍声回下趟番'.split(''));
/** `巴拉臘特的人口約8萬`: an owner and its quantity open the clause, and the owner is what the sentence is about. */
export const ZH_OWNER_TOPIC = new RegExp(
  `^([\\u4e00-\\u9fff]{2,6}?)的(?:${ZH_QUANTITY_NOUNS}|${ZH_MEASURE_NOUNS})`,
  'u',
);
