"""holdout6: the 16 drafts as written, with every label marked inline.

Markers (removed by build.py, which computes line and column):
  [[text|kind|status|note]]   a statistic; kind: pct money count amount ratio mult frac rank;
                              status: S sourced, E sourced_elsewhere, R record, U unsourced
  «text|family|note»          a trap (looks like a problem, is not)
  ‹text|family|note›          a problem (a defect a copy editor would fix)
Paragraphs are separated by blank lines; each becomes one line of the body.
All people, places, organisations and figures are invented.
"""

ARTICLES = []

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='farm-gate-wheat-prices-hit-four-year-low-but-bread-keeps-rising',
    title='Farm-gate wheat prices hit four-year low, but bread keeps getting dearer',
    date='2025-03-12', author='Imogen Salter',
    body='''
Farm-gate wheat prices on the Ardlow Plains fell to an average of [[£151 a tonne|money|S|price from a named source: 'the Regional Grain Exchange said on Tuesday']] in February, [[the lowest monthly figure since 2021|rank|S|same sentence: 'the Regional Grain Exchange said']], the Regional Grain Exchange said on Tuesday, even as the price of a loaf in the region's shops rose again.

The February average was [[18 percent below the same month last year|pct|S|sentence before (the lede): 'the Regional Grain Exchange said']]. Stocks in the region's grain stores stood at [[about 2.4 million tonnes|amount|E|the exchange's figures carried from the lede, two sentences back; no attribution in this sentence or the one before]] at the end of the month, well above the five-year norm. Traders blamed last summer's harvest, [[the largest on the plains since records began in 1978|rank|U|historical superlative in the writer's apposition; 'Traders blamed' covers the cause, and the exchange was cited for prices and stocks, not the harvest]], and weak demand from export buyers.

"We are selling wheat for less than it cost us to grow," said Nessa Carrick, who farms «480 hectares|statistics|the size of one farm: a measure, not a statistic» near Tolland. "Fertiliser was [[£640 a tonne|money|S|price inside a direct quotation; Carrick 'said']] when I bought it for this crop. Nobody in town is paying less for bread."

In the shops the picture is reversed. The regional statistics office's consumer price release, published last week, put the average price of a white sliced loaf at [[£1.46|money|S|price from a named source: the statistics office's consumer price release 'put' it]], [[up 6 percent on a year earlier|pct|S|same sentence: the consumer price release]]. Food and drink prices as a whole [[rose 3.9 percent over the year|pct|S|sentence before names the regional consumer price release, which is where this figure comes from]], against [[2.1 percent for all goods and services|pct|S|same sentence and release]]. Nationally, food prices have risen by [[nearly a quarter since the start of 2021|frac|U|national figure in the writer's voice after a regional source; the regional release does not vouch for the country]].

Millers and bakers say grain is a small part of what a loaf costs. The Bakers' Federation estimates that wheat accounts for [[about 11 percent of the shelf price|pct|S|'The Bakers' Federation estimates']], with energy, wages and packaging making up most of the rest. Its chief executive, Ruth Amadi, said members' energy bills had risen [[by a third in two years|frac|S|reported speech: Amadi 'said']]. "There is no lever that turns cheap wheat into cheap bread," she said.

The Grain and Produce Board, which sets the region's minimum support price, kept it at [[£138 a tonne|money|R|support price set by the board: the reported decision]] for the coming season on Monday. The Plains Farmers' Union had [[asked for £165|money|S|the union's own demand, named in the sentence]]. [[About 14,000 farms|count|U|background count in the writer's voice; the union in the sentence before is cited only for its demand]] grow cereals on the plains, and wheat makes up [[roughly two-fifths of the region's farm output by value|frac|U|same background sentence; no attribution]].

The exchange expects prices to stay weak at least until the spring planting survey is published in May. [[An estimated 40 percent of last year's crop|pct|U|'An estimated' names no one; the exchange in the sentence before is cited for its price outlook, not for unsold stocks]] is still unsold, and some growers are reportedly storing grain on borrowed money in the hope of a rebound.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='hospital-trust-annual-report-shows-worst-emergency-waits',
    title="Hospital trust's annual report shows worst emergency waits in its history",
    date='2025-07-03', author='Owain Brackett',
    house=dict(category='Health', desk='Health Desk'),
    body='''
[[Only 61 percent of patients|pct|S|'according to its annual report' in the same sentence]] at the Wrenfield and Ashby Hospitals Trust's emergency departments were seen «within four hours|statistics|a duration (the four-hour standard), not a statistic» last year, [[the lowest share since the trust was formed in 2009|rank|S|same sentence: 'according to its annual report']], according to its annual report, published on Wednesday.

[[The national standard is 78 percent|pct|R|a national performance standard: a target or threshold of record]]. The report says the departments handled [[212,400 attendances|count|S|'The report says']] in the year to March, [[up 7 percent on the year before|pct|S|same sentence: 'The report says']], and that the average stay for patients admitted through them was more than nine hours.

The trust ended the year with [[a deficit of £14.2 million|money|S|sentence before: 'The report says']] on [[income of £689 million|money|S|same sentence; the report cited in the sentence before]]. It had planned to break even. Spending on agency and bank staff reached [[£41 million|money|E|the annual report, named three sentences back; no attribution in this sentence or the one before]], [[the highest of any trust in the region|rank|U|a comparison with other trusts that the trust's own report cannot vouch for; no source for the regional ranking]].

"Nobody at this trust regards [[61 percent as acceptable|pct|S|direct quotation; the chief executive is named after it]]," said the chief executive, Marcus Oyelaran. "We opened 48 extra beds in the winter and still ran at [[more than 96 percent occupancy|pct|S|same direct quotation; Oyelaran]] for most of January."

The report counts [[9,870 staff|count|S|'The report counts']] and [[1,140 vacancies|count|S|same sentence: 'The report counts']], [[a vacancy rate of 10.4 percent|pct|S|same sentence: 'The report counts']]. Nurse vacancies nationally stand at [[about 8 percent|pct|U|national figure after a local source; the trust's report does not vouch for it and no other source is named]].

Its waiting list for planned operations and outpatient treatment grew to [[58,300 people|count|E|the annual report, named two sentences back; the sentence before is the writer's national figure]] by March. [[Almost one in five of them|ratio|S|'the report shows' in the same sentence]] had waited more than a year, the report shows.

Critics say the trust's problems began when it closed the Ashby minor injuries unit in 2022, which reportedly treated [[about 19,000 people a year|count|U|'Critics say' and 'reportedly' name no one]]. Delyth Varney, who chairs the Wrenfield Patients' Forum, said the figures were "a warning, not a surprise".

The trust's board will meet on July 17 to approve a recovery plan that aims to see [[70 percent of emergency patients|pct|R|a target announced in the recovery plan]] within four hours by next March.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='skylark-air-carries-record-passengers-as-planes-fill-up',
    title='Skylark Air carries record passenger numbers as its planes fill up',
    date='2025-02-06', author='Petra Lindholm',
    body='''
Skylark Air carried [[31.4 million passengers|count|S|'the airline said' in the same sentence]] last year, [[a record for the carrier|rank|S|same sentence: 'the airline said']] and [[9 percent more than in 2023|pct|S|same sentence: 'the airline said']], the airline said on Wednesday in its annual traffic statement.

Its planes flew [[86 percent full|pct|S|sentence before (the lede): 'the airline said']] on average, [[up from 83 percent|pct|S|as above]], and [[the busiest month was August|rank|S|as above: the traffic statement cited in the lede]], when it carried [[3.6 million people|count|S|as above]]. Capacity, measured in seats flown, [[rose 6 percent|pct|E|the airline's statement, two sentences back; the sentence before has no attribution]].

The figures put Skylark ahead of its main rival, Coastway, which reported [[27.9 million passengers|count|S|'which reported': Coastway's own figure]] last week, and make it [[the country's second-largest airline by passengers|rank|U|a national ranking the writer derives; each airline vouches only for its own traffic, and no aviation authority data is cited]].

Revenue will follow with full-year results on March 20. Analysts at Brennock Securities expect revenue of [[about €4.8 billion|money|S|'Analysts at Brennock Securities expect']], against [[€4.3 billion a year earlier|money|S|same sentence: the analysts' note]].

The chief commercial officer, Anneliese Grobler, said demand for the summer had held up despite higher fares. "Bookings for July and August are running [[about 12 percent ahead|pct|S|direct quotation; Grobler named in the sentence before]] of where they were this time last year," she said. The average one-way fare rose to [[€71.20|money|S|a price from a named source: 'the company said']], the company said.

Skylark, founded in 2004 with two leased aircraft, now flies 118 planes from 14 bases. Airlines across Europe carried [[an estimated 1.1 billion passengers|count|U|'an estimated' names no one]] last year, and low-cost carriers now sell [[more than half of all short-haul seats|frac|U|industry figure in the writer's voice; no source]].

Not all the numbers were flattering. [[Only 64 percent of Skylark flights|pct|S|'according to the airline's own statement' in the same clause]] left «within 15 minutes|statistics|a duration (the punctuality window), not a statistic» of schedule, according to the airline's own statement, and it paid out [[€38 million in delay compensation|money|E|second clause with its own verb: the clause-scoped 'according to' covers the punctuality figure, but the payout comes from the same traffic statement, the article's subject document]]. The consumer group Fair Fares says that only [[about one passenger in 40|ratio|S|'The consumer group Fair Fares says']] on a delayed flight claims the money owed.

Shares in Skylark closed [[3.2 percent higher|pct|R|a share move: market record]] at [[€14.85|money|R|closing share price: market record]] on Wednesday.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='kelvany-university-enters-world-top-100-for-first-time',
    title='Kelvany University enters world top 100 for the first time',
    date='2025-10-09', author='Rosalind Achebe',
    body='''
Kelvany University has [[broken into the top 100 of the Global Campus Index for the first time|rank|R|a first in the published tables: the reported event]], [[climbing 23 places to 94th in the world|rank|R|published league-table position: the reported event]].

The index, published on ‹Monday, October 7|dates|weekday does not match the date: October 7, 2025 was a Tuesday›, is compiled by the Halcott Higher Education Unit and ranks [[1,850 universities|count|R|the table's published scope: a fact of record about the index]] in 104 countries on teaching, research, citations, international outlook and income from industry.

Kelvany is now [[the highest-placed university in the country|rank|R|follows from the published table: the reported event]], overtaking Brennard College, which [[fell four places to 97th|rank|R|published league-table position]]. Its overall score rose to [[71.8 out of 100|ratio|R|published index score]], driven by its citations score, which the index attributes to [[a 38 percent rise in papers co-written with foreign researchers|pct|S|'which the index attributes to']].

"This is the result of a decade of investment," said the vice-chancellor, Hana Lindqvist. "We have [[doubled|mult|S|direct quotation; Lindqvist 'said']] our research income since 2015, to [[£212 million a year|money|S|same direct quotation]], and we have hired people who want to work with the rest of the world."

Rankings have their critics. The index gives [[30 percent of its weight|pct|R|the index's published methodology: a definitional weight]] to a reputation survey of academics, and critics say that rewards old, large institutions. [[An estimated 40 percent|pct|U|'An estimated' names no one; the sentence before gives the index's weighting, not the survey's make-up]] of the survey's [[68,000 respondents|count|U|no attribution; the methodology sentence before covers the weighting, not the number of respondents]] work in North America or Western Europe.

[[Nine of the country's 62 universities|ratio|R|count of institutions in the published table: the reported result]] now appear in the top 500, up from six last year. Universities in the country teach [[about 1.9 million students|count|U|national background figure in the writer's voice; no source]], and international undergraduates pay fees [[averaging £19,500 a year|money|U|an average the writer states without a source]].

Kelvany, founded in 1962, has [[27,400 students|count|R|enrolment: a fact of record, like a population]]. Its students' union welcomed the result but said rents near the campus had [[risen 14 percent in a year|pct|S|'according to the union's own survey' in the same sentence]], according to the union's own survey, and that the university should spend more on housing.

"A ranking does not pay anyone's rent," said the union's president, Tomasz Rybak.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='brinmoor-larder-winter-appeal-passes-halfway-mark',
    title="Brinmoor larder's winter appeal passes halfway mark",
    date='2025-12-04', author='Gethin Mowbray',
    body='''
A winter appeal by the Brinmoor Community Larder has raised [[£186,000|money|S|'the charity said' in the same sentence]] in its first three weeks, [[more than half|frac|S|same sentence: 'the charity said']] of its [[£350,000 target|money|R|an appeal target announced]], the charity said on Wednesday.

The money will pay for food parcels and emergency fuel top-ups through to March. The larder expects to hand out [[about 14,500 parcels|count|S|'The larder expects']] this winter, [[up from 11,200 last year|count|S|same sentence: the larder's figures]], and says [[one in three households it now helps|ratio|S|'and says': the larder]] has someone in work.

"We have never seen demand like this," said Priya Holloway, the larder's director. "Since «3 November|dates|day-month date inside a direct quotation; quoted speech keeps its own style (the narration writes 'November 12', 'January 31')» we have been opening on Saturdays as well, and we still turn people away. Our fuel fund paid out [[£42,000 last winter|money|S|direct quotation; Holloway 'said']]. This year we had spent [[£30,000 of it|money|S|same direct quotation]] before the clocks went back."

The appeal was launched on November 12 with a [[£50,000 pledge|money|R|the opening donation: a fact of the appeal, announced]] from the Harwood Foundation, which has said it will match public donations [[up to £100,000|money|S|'which has said': the foundation's own commitment]].

[[About 9,800 households|count|S|'according to the council's latest estimate' in the same sentence]] in the borough, [[roughly one in six|ratio|S|same sentence: the council's estimate]], are in fuel poverty, according to the council's latest estimate. Nationally, the number of food parcels handed out by charities has [[more than doubled since 2019|mult|U|national figure after a local source; the borough council's estimate does not cover it]].

Donations have come from [[more than 2,300 people|count|S|'the larder said' in the same sentence]], the larder said, with [[the largest single gift|rank|S|same sentence: 'the larder said']], [[£5,000|money|S|same sentence: 'the larder said']], from a local building firm. Supermarket collections brought in another [[4.2 tonnes of food|amount|S|sentence before: 'the larder said']] in November. That is enough for [[about 9,000 meals|count|E|the larder's figures, named two sentences back; the sentence before has no attribution]].

Demand at the larder has reportedly risen by [[about 40 percent|pct|U|'reportedly' names no one]] since the Quarry Lane food bank closed in August. The larder, which began in a church hall in 2013, now has «160 volunteers|statistics|a count under 1,000: not a statistic» and a small warehouse on the industrial estate. Charities of its size typically spend [[about 8 percent of what they raise|pct|U|sector figure in the writer's voice; no source]] on fundraising; the larder says its volunteers keep that cost close to nothing.

The appeal closes on January 31. Gifts can be made online or at any branch of the Brinmoor Building Society.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='ostley-voters-approve-council-tax-rise-to-save-libraries',
    title='Ostley voters approve council tax rise to save libraries and pools',
    date='2025-05-16', author='Harriet Quinlan',
    house=dict(category='Politics', desk='Politics Desk'),
    body='''
Voters in Ostley have approved [[a 9.5 percent rise in council tax|pct|R|the proposal put to voters: the reported event]] to keep the town's libraries and swimming pools open, backing the plan by [[54.2 percent|pct|R|referendum result]] to [[45.8 percent|pct|R|referendum result]] in Thursday's referendum.

[[Turnout was 31.6 percent|pct|R|official turnout]], well above [[the 20 percent the council had feared|pct|S|the council's own expectation: 'the council had feared']] but short of [[the 36 percent recorded at last year's local elections|pct|R|a past official turnout]]. Of [[61,240 registered voters|count|R|the electoral roll]], [[19,352 took part|count|R|official turnout]], the returning officer, Gwen Tarrant, announced shortly after «2am|dates|a clock time, not a date or a statistic». The Yes side won [[10,431 votes|count|R|referendum result]] to [[8,814|count|R|referendum result]], with 107 ballots rejected.

The rise takes the bill for a Band D home to [[£1,936 a year|money|R|council tax set by the council]]. Councils must hold a referendum on any rise [[above 5 percent|pct|R|the legal cap: a legal threshold]].

The council says the increase will raise [[£4.1 million a year|money|S|'The council says']] and that without it four of its seven libraries and both pools would have closed. Its leader, Callum Rafferty, called the result "a vote for the things that make a town a town".

The No campaign, run by the Ostley Ratepayers' Association, argued that the council should sell its surplus offices instead. Its chairwoman, Maureen Esterhuizen, told supporters at the count that the margin was narrower than the council had predicted. "[[Nearly 9,000 people|count|S|direct quotation; Esterhuizen named in the sentence before and 'she said']] said no to this. That is not a mandate for the next rise," she said.

Ostley, a former mill town of [[96,400 people|count|R|population: reference statistic]], has lost [[about a third of its government grant|frac|U|no attribution; the council is last cited for the yield of the rise, two paragraphs back]] since 2015. Across the country, [[only three of the 14 council tax referendums|ratio|U|national tally in the writer's voice; no source]] held since 2012 have passed.

Turnout ranged from [[44 percent in the Millbrook ward|pct|R|ward turnout: official result, from the returning officer's ward figures named in the sentence]] to [[19 percent in Eastgate|pct|R|ward turnout: official result]], according to ward figures released by the returning officer. Eastgate is one of the wards that would have lost its library. "I have used that library since I was four, and my children did their homework there," said Ayesha Norbury, who ran the Yes campaign's stall on the market.

Campaign spending was modest. The Yes side declared [[£11,800|money|S|'according to returns published by the council']] and the No side [[£7,400|money|S|same sentence: the published returns]], according to returns published by the council.

The new rate takes effect in June. The result is [[the first time voters anywhere in the county have approved a rise above the cap|rank|U|a derived historical comparison in the writer's voice; no source]].
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='wildfire-on-marrick-downs-forces-thousands-from-homes',
    title='Wildfire on Marrick Downs forces thousands from their homes',
    date='2025-08-13', author='Callum Deverill',
    body='''
A wildfire burning across the Marrick Downs has destroyed at least 41 homes and forced [[about 2,600 people|count|S|'the Marrick Fire and Rescue Service said' in the same sentence]] to leave, the Marrick Fire and Rescue Service said on Wednesday, as crews fought hot, gusty winds for a third day.

The fire had burned [[about 3,400 hectares|amount|S|the fire's extent; sentence before (the lede): the fire service 'said']] by Wednesday morning, up from [[1,900 hectares on Monday night|amount|S|same sentence; the fire service's figures from the lede]]. It is already [[the largest fire recorded on the Downs|rank|S|'the service said' in the same sentence]], the service said. More than 300 firefighters and 11 aircraft are working on it, and winds gusting to «65 km/h|statistics|a wind speed: a measure, not a statistic» were forecast for the afternoon.

‹"We watched it come over the ridge in about twenty minutes. By the time we had the dogs in the car the hedge was alight."|attribution|a quotation with no speaker named anywhere: neither this paragraph nor the ones around it say who said it›

Evacuation centres in Dunmere and Corvell took in «about 640 people|statistics|a count under 1,000: not a statistic» overnight, the county council said. [[About 4,300 homes|count|S|'according to the network operator' in the same sentence]] were without power on Wednesday, according to the network operator, Downland Power, which expected to reconnect most of them by Friday. The farmers' union said [[about 1,800 sheep|count|S|'The farmers' union said']] had been moved off the hills.

The incident commander, Tomasz Bielecki, said the fire had jumped a firebreak on Tuesday evening. "We have [[about 40 percent of the perimeter|pct|S|direct quotation; Bielecki 'told reporters']] contained, and I'd expect that to be lower by tonight if the wind does what it's forecast to do," he told reporters at the Marrick showground.

Insurers have received [[about 1,150 claims|count|S|'the Regional Insurers' Association said']] so far, the Regional Insurers' Association said, and early estimates put insured losses at [[£60 million to £90 million|money|U|clause with its own subject: 'early estimates' names no one, and the association's 'said' is scoped to the claims clause]].

The regional government announced an emergency fund of [[£5 million|money|R|an aid scheme announced]] for families who have lost homes, with grants of [[up to £10,000 a household|money|R|the scheme's announced cap]].

This July was [[the hottest there since local records began in 1884|rank|S|'according to the national weather service' in the same sentence]], according to the national weather service. Rainfall since May has been [[less than half the long-term average|frac|S|sentence before: the national weather service]]. Wildfires have burned [[an estimated 21,000 hectares|amount|U|'an estimated' names no one; the weather service, two sentences back, covers weather, not fire damage]] across the country this year, [[nearly three times the ten-year average|mult|U|same sentence; no source]] for the same period.

The last serious fire on the Downs, in 2018, burned [[about 1,200 hectares|amount|U|a historical figure with no source]] and cost [[£12.5 million|money|U|same sentence; no source]] to put out.

«_This article was updated on August 14, 2025, to add the insurers' figures._|dates|an update note: a dated editorial note, the day after publication, not a problem»
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='parallax-systems-to-cut-jobs-as-cloud-growth-slows',
    title='Parallax Systems to cut thousands of jobs as cloud growth slows',
    date='2025-01-22', author='Naomi Feltham',
    body='''
Parallax Systems, the business software maker, will cut [[about 4,200 jobs|count|S|'the company said' in the same sentence]], or [[11 percent of its workforce|pct|S|same sentence: 'the company said']], the company said on Tuesday, in [[its second round of lay-offs in a year|rank|R|an order within a comparison class (rounds of cuts in a year): a fact of record, the first round being the announced cut of last March]].

The cuts fall mostly on sales and support staff in North America and Europe and will cost [[about $310 million|money|S|sentence before (the lede): 'the company said']] in severance and related charges, most of it in the current quarter. The company expects the reductions to save [[$520 million a year|money|S|'The company expects']] from 2026. It cut [[2,100 jobs last March|count|R|an earlier announced cut: a fact of record]].

In a memo to staff, the chief executive, Lorna Achterberg, said the company had "hired ahead of demand" during the pandemic, when its headcount grew from [[about 24,000|count|U|the writer's 'when' clause glossing the quoted phrase; the memo is quoted for 'hired ahead of demand', not for headcounts]] to [[more than 41,000|count|U|as above]]. "These are people who did nothing wrong," she wrote. "We grew too fast, and I own that."

Parallax's revenue [[grew 6 percent|pct|S|'according to preliminary figures released alongside the announcement']] last year to [[$13.9 billion|money|S|same sentence: the preliminary figures]], according to preliminary figures released alongside the announcement, down from growth of [[19 percent in 2022|pct|S|same sentence: the preliminary figures]]. Its cloud division, which accounts for [[about 60 percent of sales|pct|S|sentence before: 'according to preliminary figures']], [[grew 9 percent|pct|S|sentence before: the preliminary figures]]. Operating profit [[fell 8 percent|pct|E|the preliminary figures, named two sentences back; the sentence before has no attribution]] to [[about $1.9 billion|money|E|as above]].

Shares in Parallax rose [[4.8 percent|pct|R|a share move: market record]] on Tuesday, valuing the company at [[about $71 billion|money|R|market value at the closing price: market record]]. Technology companies cut [[an estimated 150,000 jobs|count|U|'an estimated' names no one]] worldwide last year, and investors have tended to reward those that trimmed costs.

Analysts at Corbel and Finch said Parallax had [[the lowest operating margin among the large business-software makers|rank|S|'Analysts at Corbel and Finch said']], at [[about 14 percent|pct|S|same sentence: the analysts]].

At [[its largest European office|rank|S|'according to the local works council' in the same sentence]], in Kildry, [[about 1,300 of the 3,900 staff|ratio|S|same sentence: the works council]] work in sales or support, according to the local works council, which said it had not been told how many of them would go. Departing staff in the United States will receive at least «16 weeks' pay|statistics|a duration of severance pay, not a statistic», the company said.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='quarry-firm-fined-after-worker-crushed-by-loader',
    title='Quarry firm fined after worker crushed by loader',
    date='2025-06-18', author='Bethan Ashworth',
    body='''
A quarry company has been fined [[£1.2 million|money|R|a fine imposed by the court: the reported outcome]] and ordered to pay [[£86,000 in costs|money|R|costs ordered by the court]] after a worker was crushed to death by a wheeled loader at its site near Sallowby in 2022.

Ferncombe Aggregates pleaded guilty at Caddon Crown Court on Tuesday to failing to ensure the safety of its employees. Its former site manager, Dale Pettifer, 54, was given a suspended sentence of 16 months and ordered to do «200 hours of unpaid work|statistics|a duration in a sentence, not a statistic». The judge also ordered the company to pay [[£25,000 in compensation|money|R|a compensation order: the reported outcome]] to the dead man's family.

The court heard that the firm had been told to separate vehicles from people on foot in 2019 and again in 2021. The loader's reversing camera had been broken for at least six weeks before the death. A replacement would have cost [[about £1,400|money|E|evidence from the trial the article reports; 'The court heard' is two sentences back]].

Callum Jessop, 31, a father of two, died at the scene. In a statement read to the court, his mother, Sandra Jessop, said: "Callum went to work and he should have come home."

Ferncombe had a turnover of [[£48 million|money|S|'the court heard' in the same sentence]] and made a profit of [[£3.1 million|money|S|same sentence: 'the court heard']] in its last accounts, the court heard. Under the sentencing guidelines, a company of that size with high culpability faces a starting point of [[£1.1 million|money|R|sentencing guideline: a legal threshold]], within a range of [[£550,000 to £2.9 million|money|R|sentencing guideline range]], Judge Miriam Oduya noted. Ferncombe was fined [[£40,000 in 2017|money|R|an earlier court fine: public record]] after a worker lost two fingers in a conveyor.

Kieran Holt, an inspector with the Workplace Safety Authority, said after the hearing that quarrying remained [[one of the most dangerous industries in the country|rank|S|Holt 'said']]. "Workers in quarries are [[about six times more likely|mult|S|direct quotation; Holt]] to be killed at work than the average employee," he said. Quarrying accounted for [[about 4 percent of deaths at work|pct|U|national figure after a quotation on relative risk; Holt is not cited for it]] nationally last year, though it employs [[fewer than one in 200 workers|ratio|U|same sentence; no source]].

Ferncombe, which employs [[about 1,100 people|count|U|the writer's relative clause; the company's statement is cited for its spending and regret, not its headcount]] at 19 quarries, said in a statement that it had spent [[£2.4 million on safety improvements|money|S|'said in a statement']] since the death and "deeply regrets" it.

The fine must be paid «within 12 months|statistics|a period to pay: a duration, not a statistic». It is [[the largest imposed on a quarry operator in the region|rank|S|'according to the authority' in the same sentence]], according to the authority.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='census-shows-pennick-county-population-passes-half-a-million',
    title='Census shows Pennick County population passes half a million',
    date='2025-04-24', author='Moira Faulkner',
    house=dict(category='Society', desk='Data Desk'), claimed_minutes=4,
    body='''
Pennick County's population [[has passed half a million for the first time|count|S|'according to first results published ... by the Office of County Statistics' in the same sentence]], reaching [[503,870|count|S|same sentence: the census first results]] on census day last year, according to first results published on Wednesday by the Office of County Statistics.

That is [[an increase of 6.8 percent|pct|S|sentence before (the lede): the first results]] since the previous census in 2014, when [[471,780 people|count|R|the previous census count: a population of record]] were counted, and faster than [[the national rise of 4.9 percent|pct|U|national figure in a sentence sourced to a county office; the county release is not the source for the country and none is named]] over the same period.

Almost all of the growth came from people moving in. The release shows [[net migration into the county of about 29,400|count|S|'The release shows']] between the two counts, while births outnumbered deaths by [[only 2,690|count|S|same sentence: 'The release shows']].

The county is also getting older. Residents «aged 85 and over|statistics|an age band, not a statistic» numbered [[14,120|count|E|the release, named two sentences back; the sentence before has no attribution]], [[up 31 percent|pct|E|as above]], and [[more than one in five people|ratio|E|as above]] is now 65 or older.

District figures show that Pennick, the county town, grew [[the fastest of the county's eight districts|rank|S|'District figures show']], [[by 11.2 percent|pct|S|same sentence: 'District figures show']] to [[88,450|count|S|same sentence: the district figures]]. The upland district of Carnbrae shrank for [[the third census running|rank|S|sentence before: 'District figures show']], to [[21,300 people|count|S|sentence before: the district figures]].

The county's chief statistician, Oluwaseun Marr, said the results would shape funding for the next decade. "Every resident we count is worth roughly [[£2,300 a year|money|S|direct quotation; Marr 'said']] in central grants to the county's services," she said.

Households grew faster than the population, to [[214,600|count|S|'the release says' in the same sentence]], because more people live alone, the release says. [[About 34 percent of households|pct|S|sentence before: 'the release says']] are now a single person.

The national population is [[about 58.3 million|count|R|national population: reference statistic]], and Pennick ranks [[ninth of the 31 counties by population|rank|U|a ranking the writer derives; the county release does not rank counties and no source is named]]. Critics say the count missed [[an estimated 6,000 residents|count|U|'Critics say' and 'an estimated' name no one]] of shared houses and caravan sites.

The full first-results tables are published at «https://news.example/census/2024/pennick#tables|hashtags|a URL fragment, not a hashtag», and results on religion, language and health follow in September.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='halbury-tram-drivers-to-strike-for-four-days-over-pay',
    title='Halbury tram drivers to strike for four days over pay',
    date='2025-11-18', author='Deborah Onwuachi',
    body='''
Tram drivers in Halbury will strike for four days from November 24 after rejecting [[a pay offer of 4.2 percent|pct|S|'the Transport and Rail Workers' Union said' in the same sentence]], the Transport and Rail Workers' Union said on Monday, in a dispute that threatens to halt a network carrying [[about 190,000 passengers a day|count|U|the writer's description of the network; the union is cited for the strike and the offer, not ridership]].

The union said [[87 percent of members who voted|pct|S|'The union said']] backed the strike, on [[a turnout of 71 percent|pct|S|same sentence: 'The union said']]. Under the law, a strike ballot is valid only if [[at least 50 percent of eligible members|pct|R|a legal threshold]] vote.

Halbury Metro Trams, the operator, said its offer was worth [[5.1 percent|pct|S|'the operator, said']] once a one-off payment of [[£1,250|money|S|same sentence: the operator said]] was included, and that drivers' basic pay of [[£41,600|money|S|same sentence: the operator said]] was [[among the highest of any tram network in the country|rank|S|the operator's claim in the same sentence]]. The union disputes that.

"Our members have taken a real-terms pay cut of [[about 12 percent|pct|S|direct quotation; Adeyinka 'said']] since 2021," said the union's regional organiser, Femi Adeyinka. "Nobody strikes lightly."

The walkouts will run from November 24 to November 27, with a further strike planned for ‹1 December|dates|day-month date in the narration, while the rest of the article writes month-day ('November 24', 'November 27', 'December 3')›. The operator said it would run a reduced service on two of its five lines, staffed by managers and about 40 drivers who are not union members.

Businesses in the city centre expect to lose [[about £2 million a day|money|S|'according to the Halbury Chamber of Commerce' in the same sentence]] in trade during the strike, according to the Halbury Chamber of Commerce. Footfall in the centre fell [[by 18 percent|pct|S|sentence before: the chamber of commerce]] during a one-day strike in March. Hotel bookings for the strike week are running [[about 9 percent below normal|pct|E|the chamber's figures, named two sentences back; the sentence before has no attribution]].

The network, which opened in 1994, took [[£96 million|money|U|no attribution; the chamber in the sentence before is cited for trade and footfall]] in fares last year, covering [[about 70 percent of its running costs|pct|U|same sentence; no source]], with the rest paid by the city region. An adult single fare is [[£2.40|money|R|a fare set by the city region]].

Talks at the conciliation service are due on December 3. The city region's transport commissioner, Grace Okonkwo-Hart, said the authority had set aside [[£3.5 million|money|S|Okonkwo-Hart 'said']] to help settle the dispute, but would not fund "an open-ended deal".
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='agnes-tolliver-champion-jockey-and-trainer-dies-at-81',
    title='Agnes Tolliver, champion jockey and trainer, dies at 81',
    date='2025-09-02', author='Fergus Halloran',
    body='''
Agnes Tolliver, who rode [[1,412 winners|count|R|career total: a fact of racing record]] over a 22-year career and was [[the first woman to be champion jockey in the country|rank|R|historical fact of record]], has died at her home in Wickstead at «the age of 81|statistics|an age, not a statistic», her family said on Monday.

She took the title in 1979 with 96 winners, [[the most by any jockey that season|rank|R|the championship result: a fact of record]], and kept it the following year. She had [[6,950 rides|count|R|career total: racing record]] in all, [[a strike rate of about one winner in five|ratio|R|derived from her career totals of record]].

Born on a dairy farm outside Tessington, she was riding out for a local trainer at 14 and turned professional at 19, when women were still barred from most races over fences. "I was told to go home and learn to cook," she said in a 2004 interview. "I learnt to ride instead."

Horses she rode won [[more than £3.8 million|money|S|'according to the Racing Register' in the same sentence]] in prize money, according to the Racing Register, [[a record for a woman rider|rank|S|same sentence: the Racing Register]] when she retired in 1983. Her total of [[1,412 winners|count|R|career total repeated: racing record]] stood as [[the highest by a female jockey until 2011|rank|R|a record of public record]].

As a trainer she sent out 611 winners, among them the Grand Marlowe Chase winner Copper Kettle in 1991, who was sold after the race for [[a reported £420,000|money|U|'a reported' names no one]], then [[the highest price paid for a steeplechaser in Europe|rank|U|historical superlative in the writer's voice; no source]].

The jockey Ruairi Fenn, who rode for her stable in the 1990s, said she had "an eye for a horse nobody else wanted". "She bought Copper Kettle for [[6,000 guineas|money|S|direct quotation; Fenn 'said']] at a sale where no one else bid," he said.

After retiring from the saddle she campaigned for equal prize money and chaired the Jockeys' Welfare Fund, which says it raised [[£9 million|money|S|'which says': the fund's own figure]] under her chairmanship. Women now make up [[about 14 percent of licensed jockeys|pct|U|current background in the writer's voice; no source]] but ride in [[only about 7 percent of races|pct|U|same sentence; no source]].

She married the vet Colm Tolliver in 1970; he died in 2016. She is survived by two sons and five grandchildren. A memorial fund in her name had raised [[about £18,000|money|S|'her family said' in the same sentence]] by Monday evening, her family said.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='house-prices-edge-up-in-march-calloway-index-shows',
    title='House prices edge up in March, Calloway index shows',
    date='2025-04-02', author='Lucinda Barrowcliffe',
    body='''
House prices rose [[0.4 percent in March|pct|S|'according to the Calloway Building Society's house price index' in the same sentence]], [[the third monthly increase in a row|rank|S|same sentence: the index]], taking the average price of a home to [[£287,450|money|S|same sentence: the index]], according to the Calloway Building Society's house price index.

Prices were [[3.1 percent higher than a year earlier|pct|S|'the society said' in the same sentence]], up from annual growth of [[2.6 percent in February|pct|S|same sentence: 'the society said']], the society said. Its chief economist, Harriet Ng, said lower mortgage rates had brought buyers back. "A typical two-year fixed rate is now [[about 4.3 percent|pct|S|direct quotation; Ng 'said']], compared with [[more than 6 percent at the peak|pct|S|same direct quotation]]," she said.

The index showed prices rising in [[11 of its 13 regions|ratio|S|'The index showed']]. Growth was led by the north, where demand from first-time buyers has «been strongest|statistics|a superlative with no figure and no stated comparison class: not a ranking statistic». The north-east was [[the best-performing region|rank|E|the index, named two sentences back; the sentence before has no attribution]], with annual growth of [[5.8 percent|pct|E|as above]], while prices in the capital [[fell 1.2 percent|pct|E|as above]].

The average home now costs [[7.9 times average earnings|mult|S|'the index estimates' in the same sentence]], the index estimates. First-time buyers put down an average deposit of [[£61,200|money|S|sentence before: 'the index estimates']].

The Property Records Office, which counts completed sales rather than mortgage approvals, puts annual growth at [[2.4 percent|pct|S|'The Property Records Office ... puts']], although its figures lag by about two months. Mortgage approvals rose to [[about 64,000 in February|count|U|no attribution; the records office in the sentence before counts completed sales, not approvals]], [[the highest since September 2022|rank|U|same sentence; no source]]. Transactions remain [[about 15 percent below their pre-pandemic average|pct|U|no attribution]].

Buyers face higher property transfer tax from April 1, when the threshold at which first-time buyers start paying falls from [[£425,000|money|R|tax threshold set in law]] to [[£300,000|money|R|tax threshold set in law]].

The society expects prices to rise [[between 2 and 4 percent this year|pct|S|'The society expects']]. Dominic Rees-Amory, who runs an estate agency in Fulbrook, said the spring had started briskly. "We have had more viewings in the past fortnight than in the whole of January," he said.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='dunmere-city-sign-okafor-lind-for-club-record-fee',
    title='Dunmere City sign Tobi Okafor-Lind for club-record fee',
    date='2025-08-29', author='Kwame Eastwood',
    house=dict(category='Sport', desk='Sport Desk'),
    body='''
Dunmere City have signed the striker Tobi Okafor-Lind from Corvell Athletic for [[a club-record fee of £38 million|money|S|'the club announced' in the same sentence]], with [[up to £7 million more in add-ons|money|S|same sentence: 'the club announced']], the club announced on Thursday.

The 23-year-old has signed a five-year contract reportedly worth [[about £120,000 a week|money|U|'reportedly' names no one]], which would make him [[the club's highest-paid player|rank|U|follows from the reported wage; no source]]. The previous club record was [[the £29.5 million|money|R|an earlier club-record fee: a fact of record]] paid for the midfielder Yannick Obi in 2023.

Okafor-Lind scored 19 league goals last season, [[the third-highest total in the division|rank|R|league scoring table: a fact of record]], and 41 in all for Corvell, two of them in a «3-1|statistics|a match score: small counts, not a statistic» win over Dunmere in April. Dunmere finished [[seventh in the 20-team league|rank|R|final league position: a fact of record]] and have not won a trophy since 2009.

Dunmere's manager, Sergio Valcárcel, said: "We have followed Tobi for two years. We wanted him in before the window shuts on «1 September|dates|day-month date inside a direct quotation; quoted speech keeps its own style (the narration writes 'August 14', 'September 1')», and the board has backed me. He scored [[more goals from outside the box than anyone in the league|rank|S|direct quotation; Valcárcel 'said']] last season."

Corvell, who were relegated in May, said the fee would let them clear debts of [[about £22 million|money|S|'Corvell ... said']]. They keep [[a 15 percent sell-on clause|pct|S|sentence before: 'Corvell ... said']]. Corvell are understood to have rejected [[a first bid of £30 million|money|U|'are understood' names no one]] on August 14.

Clubs in the top division spent [[a record £2.1 billion|money|S|'according to the accountancy firm Garside Moor' in the same sentence]] in last year's summer window, and spending this summer has already passed [[£1.8 billion|money|S|same sentence: Garside Moor]], according to the accountancy firm Garside Moor. The window closes on September 1.

Dunmere said [[1,600 shirts|count|S|'Dunmere said']] bearing the player's name were sold in the first hour after the announcement. The Dunmere Supporters' Trust, which has [[about 4,200 members|count|U|the writer's relative clause; the trust is cited for its welcome, not its membership]], welcomed the signing but asked the owners to freeze ticket prices.

Okafor-Lind is expected to make his debut at home to Brackley on Sunday, when the club's «41,500-seat stadium|statistics|a stadium's capacity: a description, like a ship's tonnage, not a statistic» is sold out.
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='traffic-pollution-linked-to-childhood-asthma-in-brenholt',
    title='Traffic pollution linked to childhood asthma cases in Brenholt, study finds',
    date='2025-10-21', author='Sunniva Okereke',
    body='''
Nitrogen dioxide from road traffic may account for [[about one in 12 new cases of childhood asthma|ratio|S|'according to a study published on Monday' in the same sentence]] in the city of Brenholt, according to a study published on Monday in the journal Environmental Health Reports.

The researchers, from Brenholt University and the Institute of Public Health, followed [[38,200 children|count|S|sentence before (the lede): 'according to a study']] born between 2008 and 2014 until their tenth birthdays. Children in «the most polluted fifth|statistics|a quintile used to group neighbourhoods: a definition, not a statistic» of neighbourhoods were [[1.4 times as likely|mult|E|the study's result (the article's subject); the sentence before describes the method, with no verb of attribution]] to be diagnosed with asthma as those in the cleanest fifth. The effect was [[largest in the poorest households|rank|E|as above: the study's findings]], which made up [[about 22 percent of the sample|pct|E|as above]].

The study estimates that [[about 410 of the roughly 5,000 asthma diagnoses|ratio|S|'The study estimates']] in the city's children each year could be avoided if nitrogen dioxide levels met the national guideline of «25 micrograms per cubic metre|statistics|a concentration: a measure, not a statistic». In the most polluted neighbourhoods, traffic fumes may account for [[as many as one in six cases|ratio|S|'the authors wrote' in the same sentence]], the authors wrote.

The lead author, Miriam Sethi, an epidemiologist at Brenholt University, said the link held after accounting for household income, smoking and damp homes. "Even on streets that meet the legal limit we see an effect. We found [[a 9 percent rise in risk|pct|S|direct quotation; Sethi 'said']] for every additional 10 micrograms," she said.

Independent experts said the study was large but observational. "It cannot prove that pollution causes asthma, and diagnosis rates vary between family doctors' practices by [[as much as 30 percent|pct|S|direct quotation; Castellane named after it]]," said Ian Castellane, a respiratory physician at Harwick Infirmary.

Average nitrogen dioxide levels in Brenholt have fallen by [[about a quarter since 2015|frac|U|no attribution; the city's air-quality data is not cited]], and [[about 60 percent of the city's roadside monitors|pct|U|same sentence; no source]] met the legal limit last year.

The city council brought in a clean air zone in 2023, charging older diesel vans and lorries [[£12.50 a day|money|R|a charge set by the council]]. The zone has raised [[£19 million|money|S|'the council says' in the same sentence]] so far, the council says, and its own evaluation found roadside levels inside it [[fell 14 percent|pct|S|same sentence: the council's evaluation]] in the first year.

Asthma affects [[about 1.1 million children|count|U|national figure in the writer's voice; no source]] nationally, and the condition costs the health service [[an estimated £1.2 billion a year|money|U|'an estimated' names no one]].
'''))

# ---------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    slug='explainer-what-the-new-savings-allowance-means-for-you',
    title='Explainer: what the new savings allowance means for you',
    date='2025-03-28', author='Priyanka Westlake',
    body='''
From April 6, the tax-free allowance for savings interest rises [[from £1,000|money|R|the old allowance set in tax law]] to [[£1,500 a year|money|R|the new allowance set in tax law]] for basic-rate taxpayers, [[the biggest change to the savings rules since 2016|rank|U|historical comparison in the writer's voice; no source]]. Here is what it means.

## What is changing «{#what-changes}|hashtags|a Markdown heading anchor, not a hashtag»

The personal savings allowance lets you earn some interest without paying tax on it. The allowance for higher-rate taxpayers [[stays at £500|money|R|an allowance set in tax law: a legal threshold]], and additional-rate taxpayers still get none. The Treasury says [[about 2.7 million people|count|S|'The Treasury says']] who now pay tax on savings interest will pay none after the change. The allowance has not been raised since it was introduced. The measure will cost [[about £640 million a year|money|E|the Treasury's costing, named two sentences back; the sentence before has no attribution]] in lost revenue.

Take a saver with «£30,000|statistics|a worked example: a hypothetical balance, not a statistic» in an easy-access account paying «4.5 percent|statistics|a worked example: a hypothetical rate, not a statistic». That earns «£1,350 a year|statistics|a worked example: arithmetic on the hypothetical figures, not a statistic» in interest, which was partly taxable under the old rules and is now entirely tax-free.

## Who gains most «{#who-gains}|hashtags|a Markdown heading anchor, not a hashtag»

The change matters most to people with large cash savings and modest incomes, many of them pensioners. According to the Savings Policy Institute, [[about 41 percent of savers|pct|S|'According to the Savings Policy Institute']] who pay tax on interest are over 65. The institute puts the cash held by over-65s at [[about £310 billion|money|S|'The institute puts']].

The best easy-access accounts currently pay [[about 4.8 percent|pct|U|market rate in the writer's voice; no source]], while the average is [[closer to 2.9 percent|pct|U|same sentence; no source]], and [[about a third of instant-access savings sit in accounts paying less than 1 percent|frac|U|no source]].

## What about ISAs «{#isas}|hashtags|a Markdown heading anchor, not a hashtag»

Individual savings accounts remain useful for bigger balances. The annual ISA allowance stays at [[£20,000|money|R|an allowance set in tax law]], and interest inside an ISA never counts towards the savings allowance. [[About 12.4 million adults|count|S|'according to the tax authority's statistics' in the same sentence]] paid into a cash ISA last year, according to the tax authority's statistics.

## Check your position «{#check}|hashtags|a Markdown heading anchor, not a hashtag»

Banks do not deduct tax from interest; the tax authority works it out from the information banks send it. Savers can check their own position with the calculator at «https://news.example/money/savings-allowance#calculator|hashtags|a URL fragment, not a hashtag». Savers whose total income is below [[£18,200|money|R|an income threshold set in tax law]] can also use the starting rate for savings, which allows [[up to £5,500|money|R|an allowance set in tax law]] of interest tax-free.

Arjun Malhotra of the Personal Finance Society said: "If your interest is comfortably under [[£1,500|money|S|direct quotation; Malhotra 'said']], you do not need to do anything. People near the limit should look at fixed-rate bonds that pay out at maturity."
'''))
