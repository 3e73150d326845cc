"""The holdout5 drafts as written, with every label marked inline.

Markers (build.py strips them and computes line and column):
  [[text|kind|status|note]]   a statistic; kind: pct money count amount ratio mult frac rank;
                              status: S sourced, E sourced_elsewhere, R record, U unsourced
  «text|family|note»          a trap (looks like a problem or a statistic, is not)
  ‹text|family|note›          a problem of another family (dates, attribution, ...)

Each article's body is one paragraph per line; blank lines separate paragraphs.
Articles with `house` set are also written as house plain-text drafts; `claimed_minutes`
overrides the byline's read time (a planted read-time problem).
All people, places, organisations, outlets and figures are invented.
"""

ARTICLES = [
dict(slug='larkfield-council-approves-budget-and-tax-rise',
     title="Larkfield council approves budget and council tax rise after opposition walkout",
     date='2025-02-27', author='Megan Ashworth',
     house=dict(category='Local government', desk='Harbourline City Desk'),
     body='''
Larkfield City Council on Wednesday approved a [[£412 million budget|money|R|the approved budget: the reported event]] for the coming financial year, raising council tax by [[4.9 percent|pct|R|the rise approved in the same vote: the reported event]] after a three-hour debate that ended with opposition members walking out of the chamber.

The budget passed by 31 votes to 22. Council leader Amrita Dhillon told members the rise would add «about £98 a year|statistics|a sum under 1,000 units (the rise on one household's bill): not a statistic under the conventions» to the bill for a typical Band D home, and that [[£27 million|money|S|'Council leader Amrita Dhillon told members' in the same sentence]] in savings had been found, mostly by merging back-office teams and renegotiating waste contracts.

"We have kept every library open and every children's centre staffed, and we have done it while our core grant from government has fallen by [[a third since 2015|frac|S|direct quotation; Dhillon named after it]]," Dhillon said. "Nobody in this room enjoys putting up bills, but the alternative was cutting services that people rely on every day."

Adult social care takes [[the largest share of spending|rank|R|a ranking within the approved budget's own allocations]], at [[£163 million|money|R|allocation in the approved budget]], up from [[£149 million|money|R|last year's approved allocation: public record]]. Demand for home care across the region has risen by [[roughly 18 percent in two years|pct|U|writer's voice: no one is cited for the regional demand figure]], and the number of residents receiving council-funded care [[passed 4,000|count|U|no attribution in this sentence or the one before (the budget's allocations say nothing about care recipients)]] for the first time in December.

A report by the council's finance director, Paul Okonjo, published alongside the budget, warned that general reserves would fall to [[£19.5 million|money|S|'A report by the council's finance director ... warned']] by March 2027, below the [[£25 million minimum|money|R|a threshold set by the council's reserves policy]] set by the council's own policy. The report said [[a further £14 million|money|S|'The report said']] of savings would be needed the following year if government funding stayed flat. Councils across England face a combined funding gap of [[£6.2 billion|money|U|a national figure after a local report: Okonjo's report covers Larkfield only]] over the next two years.

Liberal Democrat group leader Fiona Marsh said the administration had "run out of ideas" and was "hiding behind Whitehall". Her group's alternative plan, which proposed selling the council's stake in Larkfield Airport, would have raised [[about £40 million|money|U|Marsh's attribution in the sentence before covers only her criticism; no one is cited for the value of the airport stake]].

The budget also sets aside [[£52 million|money|R|allocation in the approved budget]] for road and pavement repairs, [[£3.5 million|money|R|allocation in the approved budget]] for a youth employment scheme and [[£8 million|money|R|allocation in the approved budget]] to buy 60 homes for use as temporary accommodation. Parking charges in council car parks will rise to [[£1.80 an hour|money|R|a charge set by the council in the budget]] from April.

Larkfield, a city of [[about 318,000 people|count|R|city population: reference statistic]], already has [[one of the highest council tax rates in the region|rank|U|a ranking stated as fact with no source]]. The council said new bills would be sent to [[about 141,000 households|count|S|'The council said']] next month.
'''),

dict(slug='pellworth-profit-falls-as-cocoa-costs-bite',
     title="Pellworth profit falls as cocoa and packaging costs bite",
     date='2025-03-06', author='Daniel Rourke',
     body='''
Pellworth Brands, the Minneapolis-based maker of frozen meals and snack bars, said on Wednesday that fourth-quarter profit fell [[11 percent|pct|S|'said on Wednesday' in the same sentence]] as higher cocoa and packaging costs outweighed a rise in sales.

Net income for the three months to December 31 was [[$184 million|money|S|the company's results, attributed in the sentence before]], or «71 cents a share|statistics|earnings per share: a sum under one unit, not a statistic under the conventions», compared with [[$207 million|money|S|the same results, attributed in the sentence before]] a year earlier. Revenue rose [[4.2 percent|pct|E|the company's results release, attributed two sentences back]] to [[$2.31 billion|money|E|the company's results release, attributed two sentences back]].

Chief executive Dana Whitcombe said the company had "held its nerve" on pricing. "We raised prices by [[about 3 percent on average|pct|S|direct quotation; Whitcombe]] across the portfolio, well below what our costs would have justified, and volumes held up," she told analysts on a conference call. "Shoppers are still buying. They are just buying more carefully."

Sales in the snacks division climbed [[9 percent|pct|E|the results release the article reports; Whitcombe's quotation just before covers pricing, not divisional sales]], helped by the Trailhead protein bar, which the company said sold [[more than 12 million units|count|S|'which the company said']] in its first four months on shelves. The bar is already [[the third-best-selling protein bar in the country|rank|U|a market ranking: the company in the sentence before is cited for unit sales only, and no market data is named]]. Frozen meal sales were flat.

Pellworth said it expected sales to grow [[2 to 4 percent|pct|S|'Pellworth said it expected']] in 2025 and would cut [[about 1,100 jobs|count|S|same sentence, 'Pellworth said']], [[roughly 6 percent of its workforce|pct|S|same sentence, 'Pellworth said']], by closing its plant in Dubuque, Iowa, and moving production to Ohio and Tennessee. The closure will save [[about $45 million a year|money|S|continues the company's announcement in the sentence before]] from 2026.

Shares fell [[6.8 percent|pct|R|the day's share-price move: market record]] to [[$48.12|money|R|closing share price: market record]] in New York. US packaged-food makers have raised prices by [[more than 25 percent since 2021|pct|U|an industry-wide figure in the writer's voice: Pellworth's results cover Pellworth only]], and [[about one in three shoppers|ratio|U|no survey or other source named]] now buys mostly store-brand groceries.

Analysts at Greyfield Securities said in a note to clients that the plant closure was "overdue" and kept [[a price target of $55|money|S|'Analysts at Greyfield Securities said in a note']] on the stock.

Pellworth, founded in 1952 as a dairy cooperative, employs [[about 18,000 people|count|U|a background figure in the writer's voice; the job-cut figures two paragraphs up are the company's, but this headcount is given without attribution]] in the United States and Canada.
'''),

dict(slug='former-westmere-water-manager-jailed-for-contract-fraud',
     title="Former Westmere Water manager jailed for contract fraud",
     date='2025-03-19', author='Siobhan Keane',
     body='''
A former procurement manager at Westmere Water was jailed for six years on Tuesday for steering contracts worth [[more than £2.3 million|money|E|the trial the article reports; the prosecution's total is given in the third paragraph]] to companies secretly owned by his brother-in-law.

Graham Petrie, 54, of Mereside, was convicted by a jury at Mereside Crown Court on ‹Monday, March 11|dates|the weekday does not match the date: March 11, 2025 was a Tuesday (the Monday was March 10)›, of fraud by abuse of position and money laundering after a five-week trial. His brother-in-law, Kevin Shand, 49, was convicted of money laundering and will be sentenced next month.

Prosecutor Helen Abara told the court that between 2018 and 2022 Petrie approved invoices from three firms controlled by Shand worth [[£2.34 million|money|S|'Prosecutor Helen Abara told the court']] in total. [[About £1.1 million|money|S|'she said' in the same sentence, continuing Abara's account]] of that was for work that was never carried out, she said, and the three firms, which had no employees, reported combined turnover of [[£3.9 million|money|S|same sentence, 'she said']] over the period.

Judge Rosalind Kerr told Petrie he had betrayed the trust of his employer and of the customers who paid its bills. "Every pound you took came out of the pockets of ordinary households, many of whom struggle to pay for water as it is," she said.

Petrie, whose salary was [[£68,000 a year|money|E|evidence at the trial the article reports; no attribution in this sentence, and the judge's quotation before is on another point]], was ordered to pay [[£860,000 in compensation|money|R|a compensation order: record]] within three months or serve a further two years in prison. The court heard he had already repaid [[about £120,000|money|S|'The court heard']].

His barrister, Owen Lytle, said in mitigation that Petrie had lost his home and his marriage. "He has paid back [[more than a tenth of what he took|frac|S|direct quotation; Lytle named in the sentence before and after]], and he will never work in his profession again," Lytle said.

Westmere Water, which supplies [[about 1.4 million customers|count|U|the relative clause is the writer's description: the company's statement in the main clause covers the audit and recoveries, not its customer numbers]] across the north-west, said in a statement that it had spent [[£410,000|money|S|'said in a statement']] on a forensic audit and had recovered [[£1.5 million|money|S|same statement]] through civil proceedings. The company was fined [[£11 million|money|R|a regulator's fine: record]] by the regulator last year over sewage spills, and its household bills, approved by the regulator in December, will rise by an average of [[21 percent|pct|R|a price rise approved by the regulator: record]] from April.

Court figures published last month show fraud prosecutions in England and Wales rose [[14 percent|pct|S|'Court figures published last month show']] last year. Yet [[fewer than one in 100|ratio|U|no source named: the court figures in the sentence before cover prosecutions, not the share of reported frauds charged]] reported frauds leads to a charge, and the cost to the economy is put at [[an estimated £33 billion a year|money|U|'an estimated' and 'is put at' name no one]].
'''),

dict(slug='quintero-wins-port-alder-mayoral-election',
     title="Independent Rosa Quintero wins Port Alder mayoral race",
     date='2025-05-03', author='Tomás Whitlock',
     body='''
Independent candidate Rosa Quintero won the Port Alder mayoral election on Friday with [[52.4 percent of the vote|pct|R|election result]], ending 16 years of Civic Alliance control of «the city's top job|statistics|a figure of speech for the mayoralty, not a ranking».

Quintero, a former harbour pilot who entered politics three years ago, received [[48,912 votes|count|R|election result]] to [[35,284|count|R|election result]] for Civic Alliance's Martin Oyelaran, the city's returning officer announced shortly before midnight. Green candidate Sunita Rao «finished third|statistics|an ordinal with no comparison class named; the place follows from the vote shares» with [[9.8 percent|pct|R|election result]].

## Results «{#results}|hashtags|a Markdown heading anchor (attribute syntax), not a hashtag»

Civic Alliance remains [[the largest party on the 24-seat council|rank|R|council election result]] with nine seats, down from 13. Independents allied with Quintero won seven, the Greens five and Labour three.

The Alliance's share of the council vote fell to [[38.1 percent|pct|R|election result]] from [[55.6 percent|pct|R|the previous election's result: public record]] in 2021, [[its worst result since the city first elected a mayor directly in 1997|rank|U|a historical comparison stated as fact with no source (a derived comparison, like newsset md/23's 'some 25% higher')]].

## Turnout «{#turnout}|hashtags|a Markdown heading anchor (attribute syntax), not a hashtag»

Turnout was [[41.7 percent|pct|R|official turnout]] of the city's [[roughly 227,000 registered voters|count|R|the electoral roll: public record]], up from [[33 percent|pct|R|the previous turnout: public record]] four years ago. The returning officer, Janet Moss, said [[more than 11,000 people|count|S|'The returning officer, Janet Moss, said']] had voted by post, [[a record for the city|rank|S|Moss's statement in the same sentence]]. Turnout among voters under 30, whom campaigners had targeted with a door-knocking drive, was [[roughly double|mult|U|no exit poll or count is named for the age breakdown; the returning officer in the sentence before is cited for postal votes only]] that of 2021.

In her victory speech at the Harbour Hall count, Quintero said voters had asked for "a city that works for the people who keep it running".

"[[Forty thousand families|count|S|direct quotation; Quintero, 'she told supporters' (named in the paragraph before)]] in this city are paying [[more than half their income|frac|S|same quotation]] in rent," she told supporters. "That is not a housing market. That is a hostage situation."

She has promised to build [[5,000 affordable homes|count|R|a target announced: the campaign pledge]] by 2029 and to freeze bus fares at [[$3.25|money|R|the current fare set by the transit commission]], a pledge Civic Alliance said would cost [[$14 million a year|money|S|'Civic Alliance said']].

Oyelaran conceded shortly after midnight and said his party would "listen and rebuild". Civic Alliance spent [[about $1.2 million|money|S|'according to filings with the city clerk']] on its campaign, according to filings with the city clerk, [[nearly three times|mult|S|same sentence, the filings]] what Quintero's campaign reported. Port Alder, by some estimates [[the fastest-growing city in the province|rank|U|'by some estimates' names no one]], has added [[about 30,000 residents|count|U|no census or other source named for the growth figure; the hedge in the same sentence names no one]] since 2016.
'''),

dict(slug='marlow-county-whooping-cough-cases-highest-in-a-decade',
     title="Whooping cough cases in Marlow County reach decade high",
     date='2025-04-10', author='Priya Castellano',
     house=dict(category='Health', desk='Harbourline Health Desk'),
     body='''
Whooping cough cases in Marlow County have reached [[their highest level in more than a decade|rank|S|'the county's public health department said on Wednesday' in the same sentence]], the county's public health department said on Wednesday, as officials urged pregnant women to get vaccinated.

The department recorded [[1,284 cases|count|S|'according to its annual communicable disease report' in the same sentence]] in 2024, up from 212 the year before, according to its annual communicable disease report. The report put the county's rate at [[54 cases per 100,000 residents|ratio|S|'The report put']], [[the highest of any county in the state|rank|S|same sentence, the report]]. Infants under six months made up [[about 9 percent|pct|S|continues the report named in the sentence before]] of cases but [[nearly two thirds of hospital admissions|frac|S|same sentence as the 9 percent, continuing the report]].

Two infants died of the infection in the county last year. "These are babies who are too young to be vaccinated themselves, and the best protection they have is their mother's antibodies," said Dr. Hannah Oduya, the county health officer. "When [[fewer than half|frac|S|direct quotation; Oduya named]] of expectant mothers are getting the shot, we are leaving the door wide open."

Statewide, [[about 57 percent|pct|U|clause-scoped: 'according to federal figures' comes after the national clause and attaches to it; the statewide clause has its own subject and no source]] of pregnant women received the Tdap vaccine last year, and national coverage slipped to [[roughly 55 percent|pct|S|'according to federal figures']], according to federal figures.

Cases have been concentrated in the north of the county, where [[one in eight|ratio|S|'the report said' in the same sentence]] kindergarten pupils has a vaccine exemption, the report said.

The department has set a target of vaccinating [[75 percent of pregnant residents|pct|R|a target announced by the department]] by the end of the year and has set aside [[$640,000|money|R|funds allocated by the department: announced spending]] for outreach, including free shots at clinics and pharmacies.

Whooping cough, a bacterial infection of the airways, is [[one of the most contagious respiratory infections|rank|U|a ranking stated as fact in the writer's voice]] and kills [[about 160,000 children|count|U|a global figure with no source]] worldwide each year. Marlow County has [[about 2.4 million residents|count|R|county population: reference statistic]].

A parents' group, Marlow Families for Choice, said in a statement that the department was "using fear to sell a product". Its online petition against school vaccine requirements has [[more than 3,000 signatures|count|U|the group's attribution in the sentence before covers only its criticism; no one is cited for the signature count]].
'''),

dict(slug='storm-hester-floods-carrow-valley',
     title="Storm Hester floods the Carrow Valley, forcing thousands from their homes",
     date='2025-01-14', author='Ewan Castell',
     body='''
Storm Hester killed four people and forced [[more than 6,000 residents|count|S|'emergency officials said on Monday' in the same sentence]] from their homes across the Carrow Valley over the weekend, emergency officials said on Monday, after the river burst its banks in at least five places.

The regional emergency management agency said [[about 2,300 homes|count|S|'The regional emergency management agency said']] had been flooded and [[roughly 41,000 properties|count|S|same sentence, the agency]] lost power at the height of the storm on Sunday. By Monday evening, the utility Carrow Power said, [[fewer than 9,000|count|S|'the utility Carrow Power said']] were still disconnected.

The storm made landfall late on January 11. The national weather service recorded «187 millimetres of rain|statistics|rainfall: a measure, not a statistic» in 24 hours at Tollbridge, [[the wettest day there since records began in 1911|rank|S|'The national weather service recorded' in the same sentence]], and gusts of «up to 142 km/h|statistics|a wind speed: a measure» on the coast.

Agency director Colm Varga said crews had carried out more than 400 rescues, many of them from the roofs of cars. "This is [[the worst flooding this valley has seen in living memory|rank|S|direct quotation; Varga named before and after]]," Varga told a briefing in Tollbridge. "The main road north will stay shut until «20 January|dates|inside a direct quotation (Varga): quoted speech keeps its own style, though the article itself writes 'January 11'» at the earliest, and I am asking people, please, do not drive through floodwater."

Four deaths make Hester [[the deadliest storm to hit the region since 1998|rank|U|a historical comparison in the writer's voice with no source]]. Farmers in the upper valley lost [[an estimated 12,000 sheep and cattle|count|U|'an estimated' names no one]], and the regional farmers' union said hundreds of farms had lost their winter feed.

The Insurance Council said early estimates put insured losses at [[about $380 million|money|S|'The Insurance Council said']]. Uninsured losses are likely to be much higher, because [[only about a third of|frac|U|the Insurance Council in the sentence before is cited for insured losses only; no one is named for the share of households with flood cover]] households in the valley's flood zones have flood cover.

The government announced [[a $25 million emergency fund|money|R|an aid scheme announced: record]] on Monday, with grants of [[up to $2,500 per household|money|R|what the scheme covers up to: record]] for cleaning and repairs.

The Carrow Valley, home to [[about 140,000 people|count|R|the valley's population: reference statistic]], has flooded three times since 2015. Its defences were built to withstand [[a one-in-100-year flood|ratio|R|the design standard of the defences: a definitional threshold]]. A review commissioned after the 2020 floods recommended raising them at a cost of [[$90 million|money|S|'A review commissioned after the 2020 floods recommended']], but the work was never funded. Climate scientists say storms of Hester's strength have become [[about 20 percent more frequent|pct|U|'Climate scientists say' names no study or person: a hedge]] since the 1980s.
'''),

dict(slug='reyes-double-keeps-kelbourne-rovers-in-title-race',
     title="Reyes double keeps Kelbourne Rovers in the title race",
     date='2025-04-27', author='Callum Breck',
     body='''
Tomás Reyes scored twice as Kelbourne Rovers beat Ashvale Town «3-1|statistics|a match score: numbers under 1,000, not a statistic» at Fernside Park on Saturday to move within two points of the top of the table with three games left.

It was Rovers' [[sixth consecutive home win|rank|R|order in the season's results: record]], watched by [[a crowd of 24,871|count|R|official attendance: record]], [[the ground's biggest of the season|rank|R|the club's attendances this season: record]]. Rovers are [[second in the table|rank|R|league position: record]], behind Dunmore City.

Reyes headed Rovers in front in the 12th minute from Ellis Kaye's corner, but Ashvale were level before half-time when Jordan Blake ran on to a long ball and lifted it over Marek Novak. Substitute Ike Mensah restored the lead on the hour with a low drive, and Reyes sealed it in stoppage time after Novak's long clearance caught the Ashvale defence too high.

Rovers had [[61 percent of possession|pct|R|official match data: part of the reported match]] and 17 shots to Ashvale's six. Reyes's second goal was [[his 19th of the season|rank|R|order in the season: record]], [[the most by any player in the division|rank|R|the division's scoring record: a fact of record]].

Rovers manager Leanne Forsyth, who took over last summer after the club's relegation at the end of the «2023/24 season|dates|a season (a span of years), not a date», was in no mood to get carried away when she spoke to reporters afterwards.

"«Honestly, we were|attribution|the first paragraph of a two-paragraph quotation, left open without a closing mark; its speaker (Forsyth) is named in the paragraph before, not in this one» «second-best|statistics|an idiom (played worse than the opponent), not a ranking with a comparison class» for half an hour and I told them that at the break. The second half was as good as we've played all season, but we've won nothing yet.

"«We've taken|attribution|the second paragraph of a two-paragraph quotation (the first is left open, as is usual for a quotation that runs over paragraphs); Forsyth is named in the paragraph before the first» [[22 points from a possible 24|ratio|S|direct quotation; Forsyth, named two paragraphs up, the quotation's first paragraph in between]] at home since Christmas, and when [[more than 20,000 people|count|S|same quotation]] turn up on a Saturday you feel you owe them that."

Ashvale, who have won [[only one of their last nine league matches|ratio|R|results record]], stay [[18th in the 24-team division|rank|R|league position: record]]. Their manager, Carl Whitby, did not hide his frustration. "We have conceded [[more goals than anyone in the league|rank|S|direct quotation; Whitby]] and we did it again today," he said.

Reyes joined from Dunmore last summer for a fee the club put at [[£1.4 million|money|S|'a fee the club put at']]. The club's American owners, who bought Rovers in 2022 for [[a reported £30 million|money|U|'a reported' names no one]], have cut ticket prices, and average home attendance has risen [[by almost 40 percent|pct|U|no source for the attendance comparison]] since. Season tickets at Fernside Park are now [[among the cheapest in the division|rank|U|a ranking stated as fact with no source]], and the club said it had sold [[11,500 of them|count|S|'the club said']] for next season.

_«This article was updated on April 28, 2025|dates|an update note dated the day after publication: not a future-dated event and not a date-style problem», to correct the name of the Ashvale goalscorer._
'''),

dict(slug='bumblebees-declined-fastest-where-insecticide-use-was-heaviest',
     title="Bumblebees declined fastest where insecticide use was heaviest, study finds",
     date='2025-06-12', author='Ruth Adebayo',
     body='''
Wild bumblebee numbers on farmland fell by [[nearly half|frac|S|'according to a study published on Wednesday' in the same sentence]] over 15 years in areas where neonicotinoid insecticides were used most heavily, according to a study published on Wednesday in the journal Landscape Ecology Reports.

Researchers from the University of Estermoor counted bees each summer at 412 sites in three countries between 2008 and 2023, recording [[more than 180,000 insects|count|S|the researchers are the subject of the sentence]]. At sites in «the top quarter for insecticide use|statistics|a quartile used to group the study sites (the method), not a claim», counts fell by [[48 percent|pct|S|continues the researchers' findings from the sentence before]], against [[11 percent|pct|S|same sentence as the 48 percent]] at sites where little or none was applied.

The decline was sharpest among ground-nesting species. Two that were common in 2008 were found at [[fewer than one in ten|ratio|E|the study's findings: the study and its authors are named two sentences back and more]] of the sites by 2023, and overall numbers across all sites were down [[about 24 percent|pct|E|the study's findings, attributed in the paragraph before]] by the final year.

"What surprised us was how quickly numbers came back where spraying stopped," said lead author Ilse Marrow, an ecologist at Estermoor. "Within three seasons, some sites had recovered [[about 70 percent|pct|S|direct quotation; Marrow]] of their original numbers. A field that has lost [[half its bees|frac|S|same quotation]] is not a lost cause."

Tunde Adeyemi, a professor of entomology at the Kessling Institute who was not involved in the research, called it "[[one of the longest field studies of its kind|rank|S|direct quotation; Adeyemi]]" but cautioned that it could not prove the insecticides caused the decline. Bumblebees pollinate crops worth [[an estimated $4 billion a year|money|U|'an estimated' names no one; Adeyemi, in the sentence before, is cited for his assessment only]] in the three countries studied.

Neonicotinoids are [[the most widely used class of insecticide in the world|rank|U|a ranking stated as fact in the writer's voice]]. The European Union banned outdoor use of three of them in 2018, and bumblebee populations across Europe have declined by [[about 30 percent since the 1980s|pct|U|a continental figure in the writer's voice: the study covers its three countries only]].

CropCare Alliance, which represents pesticide makers, said in a statement that farm use of the compounds had fallen by [[about a third since 2015|frac|S|'said in a statement']]. A survey of farmers by the Estermoor team, published with the study, found [[62 percent|pct|S|'A survey of farmers by the Estermoor team ... found']] would switch to other methods if given financial support. [[Roughly two in five|ratio|S|continues the survey from the sentence before]] said they had already cut their use.

The researchers recommend flowering buffer strips at least «6 metres wide|statistics|a width: a measure» along field edges, which they estimate would cost farmers [[about $140 per hectare|money|S|'which they estimate': the researchers (a cost from a named source)]] a year.
'''),

dict(slug='halden-transit-board-raises-fares',
     title="Halden transit board votes to raise fares as its deficit grows",
     date='2025-07-09', author='Marisol Tran',
     house=dict(category='Transport', desk='Harbourline Transport Desk'),
     claimed_minutes=5,
     body='''
The board of Halden Regional Transit voted on Tuesday to raise the single bus and tram fare to [[$3.10|money|R|a fare set by the board: record]] from September, [[its first increase in four years|rank|R|the agency's fare history: record]], as the agency tries to close [[a $74 million operating deficit|money|E|attributed in the next sentence (the chief financial officer told the board)]].

Chief financial officer Marcus Delaine told the board the deficit had grown from [[$41 million|money|S|'Marcus Delaine told the board']] a year earlier, because ridership has not fully recovered and electricity and diesel costs have climbed. He said the new fares would raise [[about $19 million a year|money|S|'He said']].

Day passes will rise to [[$8.50|money|R|a fare set by the board]] and monthly passes to [[$112|money|R|a fare set by the board]], while reduced fares for students and riders over 65 will stay at [[$1.50|money|R|a fare set by the board]].

Ridership figures released with the budget show the network carried [[61.2 million trips|count|S|'Ridership figures released with the budget show']] in the year to June, [[about 82 percent|pct|S|same sentence, the ridership figures]] of its pre-pandemic level. Tram use has fully recovered, but bus trips remain [[about a quarter below|frac|S|continues the ridership figures from the sentence before]] 2019 levels.

Board member Alicia Ferreira, who voted against the increase, said: "Every time we raise fares we lose riders, and every rider we lose makes the next deficit bigger. [[Half the people|frac|S|direct quotation; Ferreira named before the colon]] on the number 9 bus don't own a car. We are asking the people with the least to close a gap they didn't create."

Halden's fares are [[among the highest of any mid-sized city in North America|rank|U|a ranking stated as fact with no source]], and transit agencies nationwide face [[an estimated $6 billion|money|U|'an estimated' names no one]] shortfall as federal pandemic relief runs out.

The board also approved a [[$2.4 billion|money|R|a capital plan approved by the board]] five-year capital plan, which includes 140 electric buses and the long-delayed Line 3 tram extension to Northgate. The extension is expected to carry [[38,000 riders a day|count|U|'is expected' names no one holding the forecast]] when it opens in 2028.

A survey of [[2,000 riders|count|S|the sample of the survey named in the same sentence]] commissioned by the agency found [[71 percent|pct|S|'A survey ... commissioned by the agency found']] rated the service good or very good, down from [[78 percent|pct|S|same survey, same sentence]] in 2023.
'''),

dict(slug='greyhaven-rents-outpace-wages-again',
     title="Greyhaven rents outpace wages again as renters describe bidding wars",
     date='2025-08-20', author='Hannah Lowe',
     body='''
Average rents for new tenancies in Greyhaven rose [[7.8 percent|pct|S|'according to the city's annual housing market report' in the same sentence]] in the year to June, according to the city's annual housing market report, outpacing wage growth for [[a fourth consecutive year|rank|S|same sentence, the report]].

The report, compiled by the city's housing department from letting-agent and deposit-scheme data, put the average monthly rent for a two-bedroom flat at [[£1,385|money|S|'The report ... put']], up from [[£1,285|money|S|same sentence, the report]] a year earlier. Rents for one-bedroom flats rose [[more than 9 percent|pct|S|continues the report from the sentence before]], [[the fastest of any property type|rank|S|same sentence, continuing the report]].

Median full-time pay in the city rose [[4.1 percent|pct|U|no source for the earnings figure: the housing report, last attributed two sentences back, is cited for rents, and pay data would come from elsewhere]] over the same period. [[About 38 percent|pct|S|'census figures show' in the same sentence]] of the city's households rented privately in 2021, up from [[about a quarter|frac|S|same sentence, the census figures]] in 2011, census figures show.

At a packed meeting of the Greyhaven Renters' Union on Monday night, members described bidding wars for flats and landlords demanding six months' rent in advance.

"‹There were 40 people at one viewing I went to|attribution|a quotation with no speaker anywhere: the paragraph before describes the meeting but names no one, and nothing after attributes it›. The agent told us to put our best offer in writing by five o'clock. You either pay it or you leave the city."

Priya Balan, who chairs the Greyhaven Landlords' Association, said higher mortgage costs and new licensing fees had pushed [[about one in six|ratio|S|'Priya Balan ... said']] of its members to sell since 2022. "Every landlord who leaves takes a home out of the market," she said. "The council's licensing scheme alone costs [[£1,150 per property|money|S|direct quotation; Balan (also a fee set by the council)]]."

The city council has set a target of [[12,000 new homes|count|R|a target announced by the council]] by 2030, [[a third of them|frac|R|part of the announced target]] for social rent. Council figures show [[1,460|count|S|'Council figures show']] homes were completed last year, short of the [[2,400 a year|count|R|the annual rate the announced target implies: part of the record]] the target requires.

Across the UK, private rents rose [[about 8.7 percent|pct|U|a national figure in the writer's voice; the city's report and council figures cover Greyhaven]] over the same period, and Greyhaven is now [[the fourth most expensive city to rent in outside London|rank|U|a ranking stated as fact with no source]].
'''),

dict(slug='westhollow-recorded-crime-falls-as-knife-offences-rise',
     title="Recorded crime falls in Westhollow but knife offences reach a new high",
     date='2025-09-18', author='Gareth Imrie',
     body='''
Recorded crime in the Westhollow police area fell [[6 percent|pct|S|'according to figures published by the force' in the same sentence]] last year, according to figures published by the force on Thursday, driven by sharp falls in burglary and vehicle crime.

The force recorded [[84,310 offences|count|S|'The force recorded']] in 2024, down from [[89,700|count|S|same sentence, the force]] the year before. Burglaries fell [[19 percent|pct|S|continues the force's figures from the sentence before]] to [[5,120|count|S|same sentence, continuing the force's figures]], and vehicle crime by [[12 percent|pct|S|same sentence, continuing the force's figures]].

But violence against the person rose [[4 percent|pct|E|the force's figures, last attributed two sentences back]]. Knife offences rose to «412|statistics|a count under 1,000: not a statistic», according to the force, [[the highest since comparable records began in 2011|rank|S|'according to the force' in the same clause]], while the number of people admitted to hospital with stab wounds in the county reached [[1,030|count|U|clause-scoped: 'according to the force' covers the knife offences; the 'while' clause has its own subject, and hospital admissions are health-service data, not the force's]].

Chief Constable Aileen Strachan said the fall in burglary reflected "old-fashioned detective work". "When you take a few dozen prolific burglars off the streets, the numbers follow," she said. "[[Nine in ten|ratio|S|direct quotation; Strachan]] of the burglaries we solved last year were committed by people already known to us."

The figures put the area's crime rate at [[61 offences per 1,000 residents|ratio|S|'The figures put']]. The rate for England and Wales as a whole is [[about 84 per 1,000|ratio|U|a national rate: the force's figures in the sentence before cover Westhollow only]].

Critics say the fall partly reflects changes in how crimes are handled. Under a policy introduced in 2023, [[about 30 percent of|pct|U|'Critics say' in the sentence before names no one, and the figure has no source of its own]] reported shop thefts are no longer investigated when there is no suspect or footage, and nationally [[only about 7 percent of thefts|pct|U|a national figure with no source]] end with someone being charged.

Police and crime commissioner Daniel Ofori said the force's budget of [[£312 million|money|R|the approved police budget: record]] for this year would pay for 150 more officers, which he said would take it to [[about 3,400|count|S|'which he said']], [[its highest number since 2010|rank|S|same clause, 'he said']].

A survey by the commissioner's office found [[64 percent|pct|S|'A survey by the commissioner's office found']] of crime victims were satisfied with how police handled their case, down from [[70 percent|pct|S|same survey, same sentence]] two years earlier.
'''),

dict(slug='wind-and-solar-pass-a-milestone-on-norlands-grid',
     title="Wind and solar pass a milestone on Norland's grid",
     date='2025-10-02', author='Lars Eklund',
     body='''
Wind and solar farms supplied [[52 percent|pct|S|'the grid operator Gridnor said on Wednesday' in the same sentence]] of Norland's electricity in the third quarter, [[the first time they have provided more than half of the country's power over a full quarter|rank|S|same sentence, the grid operator]], the grid operator Gridnor said on Wednesday.

According to Gridnor's quarterly report, wind turbines produced [[38 percent|pct|S|'According to Gridnor's quarterly report']] and solar panels [[14 percent|pct|S|same sentence, the quarterly report]]. Gas-fired plants supplied [[21 percent|pct|S|continues the quarterly report from the sentence before]], [[their lowest quarterly share on record|rank|S|same sentence, continuing the report]], with nuclear power and imports making up the rest.

"Two years ago people told us a grid could not run like this," said Sanna Lindqvist, Gridnor's chief executive. "On the windiest days this summer we were exporting [[a fifth of everything we generated|frac|S|direct quotation; Lindqvist]]." Gridnor said battery storage on the grid had [[tripled since 2022|mult|S|'Gridnor said']].

Wholesale power prices averaged [[€61 per megawatt-hour|money|S|'according to the Nordmarket power exchange' (a price from a named source)]] in the quarter, according to the Nordmarket power exchange, [[down 18 percent|pct|S|same sentence, the exchange]] from a year earlier. Household bills have fallen by [[only about 5 percent|pct|U|no source: the exchange in the sentence before is cited for wholesale prices only]] over the same period, because network charges and taxes make up [[more than half of a typical bill|frac|U|the writer's explanation, with no source]].

Separately, the results of the government's latest offshore wind auction, published on Tuesday, showed contracts awarded for [[3.2 gigawatts|amount|R|the capacity awarded in the auction: the published result]] of new capacity at [[a strike price of €58 per megawatt-hour|money|R|a price set in the auction: record]]. The Hafsten project, [[the largest of the new farms|rank|R|the auction results: record]], will reportedly cost [[about €4.5 billion|money|U|'reportedly' names no one]] to build.

The opposition Centre Party said the contracts would cost taxpayers [[€1.9 billion|money|S|'The opposition Centre Party said']] in subsidies over their lifetime. Energy ministry officials put the figure at [[less than half that|frac|S|'Energy ministry officials put the figure at']].

Norland, a country of [[5.6 million people|count|R|national population: reference statistic]], already has [[the highest share of wind power of any country in Europe|rank|U|a ranking stated as fact with no source]].
'''),

dict(slug='redmarsh-school-board-approves-job-cuts-and-closures',
     title="Redmarsh school board approves job cuts and six closures",
     date='2025-05-14', author='Joanna Petrakis',
     house=dict(category='Education', desk='Harbourline Education Desk'),
     body='''
Redmarsh Unified School District will cut [[about 1,050 teaching and support jobs|count|R|part of the budget plan approved by the board: the reported event]] and close six schools under a budget plan its board approved late on Tuesday, as falling enrolment and the end of federal pandemic funding leave [[a $96 million shortfall|money|E|attributed in the next sentence ('District officials said')]].

District officials said the shortfall had grown from [[$58 million|money|S|'District officials said']] in projections made in February, because enrolment fell faster than expected. The district has [[about 118,000 students|count|R|district enrolment: public record, like a population]], down from [[more than 131,000|count|R|enrolment in 2019: public record]] in 2019.

The [[$1.42 billion budget|money|R|the approved budget]] passed by five votes to two. It also cuts [[$12 million|money|R|part of the approved budget]] from central office spending and draws [[$20 million|money|R|part of the approved budget]] from reserves. Layoff notices must go out by May 30 under state law, and the six closures take effect on ‹30 June|dates|day-month here, but the article writes month-day elsewhere ('May 30', 'August 12', same line): two date styles›, ahead of a new school year that starts on August 12.

"No one on this board wanted to close a single school," said board president Lorraine Batiste. "But we are heating and staffing buildings designed for [[twice the number of children|mult|S|direct quotation; Batiste named after the first sentence]] who now attend them, and that money is coming out of classrooms."

The district said the schools chosen for closure were all [[below 60 percent of capacity|pct|S|'The district said']]. The Redmarsh Education Association, which represents [[about 7,200 teachers|count|U|the relative clause is the writer's description: the union's statement in the main clause is about the layoffs, and no one is cited for its membership]], said it would fight the layoffs. The association says the district's average teacher salary of [[$71,400|money|S|'The association says']] is already [[the lowest among the county's five largest districts|rank|S|same sentence, 'The association says']].

A parent group, Keep Redmarsh Schools Open, said [[more than 2,600 people|count|S|'A parent group ... said']] had signed its petition against the closures. Births in the county have fallen by [[about 22 percent since 2008|pct|U|no source: the parent group in the sentence before is cited for its petition only]], and across the state, public school enrolment is down [[roughly 4 percent|pct|U|a statewide figure with no source]] since 2019.
'''),

dict(slug='valmora-draws-record-crowds-as-castrell-residents-protest',
     title="Valmora draws record crowds as Castrell residents protest overtourism",
     date='2025-08-06', author='Lucia Ferrante',
     body='''
The coastal region of Valmora welcomed [[a record 4.8 million overnight visitors|count|S|'its tourism board said on Tuesday' in the same sentence]] in the first half of the year, its tourism board said on Tuesday, even as residents of the old port of Castrell stepped up protests against overcrowding.

Visitor spending rose [[11 percent|pct|S|continues the tourism board's figures from the sentence before]] to [[€3.9 billion|money|S|same sentence, continuing the board's figures]]. Hotel occupancy averaged [[81 percent|pct|E|the tourism board's figures, attributed two sentences back]], and in Castrell it passed [[90 percent|pct|E|the same figures, attributed two sentences back]] in June.

Cruise ships brought [[another 1.2 million day visitors|count|U|a port figure with no source: the tourism board is cited for overnight stays, and no port authority is named]] to Castrell's harbour over the same period.

From January the regional government will [[double|mult|R|a tax change decided by the regional government: record]] its tourist tax for hotels in Castrell to [[€5 a night|money|R|a charge set by the regional government: record]]. The tax raised [[€86 million|money|S|'the regional finance department said']] across the region last year, the regional finance department said.

Castrell's mayor, Teodora Brancu, said the money would go on street cleaning and housing. "Our old town has [[about 9,000 residents|count|S|direct quotation; Brancu named in the sentence before and 'she said']], and on a summer morning it has [[ten times that many visitors|mult|S|same quotation]]," she said. "We love our guests, but we cannot become a theme park."

Short-term rental listings in Castrell have risen to [[about 6,300|count|S|'according to the data firm StayMetric']], according to the data firm StayMetric, from [[2,100 in 2019|count|S|same sentence, StayMetric]]. [[Nearly one in five|ratio|U|StayMetric in the sentence before counts listings; no one is cited for the share of the old town's housing stock]] homes in the old town is now a holiday let.

Marco Lenzi, president of the Valmora Hotel Association, welcomed the figures but said the tax rise would hurt families. "Visitors who pay more for a room spend less in our restaurants and shops," he said. [[More than 40 percent|pct|S|'he added' in the same sentence; Lenzi named in the paragraph]] of the association's members had taken fewer family bookings this summer, he added.

Organisers said [[about 3,000 people|count|S|'Organisers said']] joined Saturday's march through the old town. Police put the number at [[1,800|count|S|'Police put the number at']].

Tourism accounts for [[about 14 percent of Valmora's economic output|pct|U|no source named]] and [[one in six jobs|ratio|U|no source named]] in the region.
'''),

dict(slug='explainer-what-the-minimum-wage-rise-means',
     title="Explainer: what the minimum wage rise means for workers and employers",
     date='2025-11-04', author='Oliver Strand',
     body='''
The national minimum wage for workers «aged 21 and over|statistics|an age threshold, not a statistic» will rise to [[£12.85 an hour|money|R|a rate set by the government: record]] from April, the government confirmed on Monday, accepting in full the recommendation of the independent Low Pay Review Board. Here is what the change means.

## What is changing? «{#what-changes}|hashtags|a Markdown heading anchor (attribute syntax), not a hashtag»

The [[5.3 percent|pct|R|the rise set by the government: record]] increase is worth [[about £1,300 a year|money|S|'the Treasury said' in the same sentence]] to someone working full time, the Treasury said. The rate for 18- to 20-year-olds goes up to [[£10.40|money|R|a rate set by the government: record]] and the apprentice rate to [[£8.00|money|R|a rate set by the government: record]].

The review board estimates that [[about 2.9 million workers|count|S|'The review board estimates']] will get a pay rise as a direct result. [[Roughly 60 percent of them|pct|S|continues the board's estimate from the sentence before]] are women.

## Who pays? «{#who-pays}|hashtags|a Markdown heading anchor (attribute syntax), not a hashtag»

Employers do. The Federation of Independent Retailers said the rise would add [[about £2.1 billion|money|S|'The Federation of Independent Retailers said']] a year to its members' wage bills. Its chief executive, Imogen Tait, said: "Small shops are already working on margins of [[2 or 3 percent|pct|S|direct quotation; Tait named before the colon]]. Something has to give, and usually it is hours."

Hospitality businesses employ [[about one in four|ratio|U|a background figure after the federation's quotation; no source]] minimum-wage workers, [[more than any other sector|rank|U|a ranking stated as fact with no source]].

## How does it compare? «{#compare}|hashtags|a Markdown heading anchor (attribute syntax), not a hashtag»

The board says the new rate equals [[about 61 percent of median hourly pay|pct|S|'The board says']]. The government's target is for the minimum wage to reach [[two thirds of median pay|frac|R|a target announced by the government]] by 2030, which would put it [[among the highest in the developed world|rank|U|a comparison stated as fact with no source]]. In cash terms, the minimum wage has risen by [[more than half|frac|U|a derived comparison with no source]] since 2016.

## How can I check my pay? «{#check}|hashtags|a Markdown heading anchor (attribute syntax), not a hashtag»

Workers who think they are being underpaid can use the government's pay calculator at «https://news.example/pay/minimum-wage#calculator|hashtags|a URL fragment, not a hashtag» or call the pay helpline. Employers found to have underpaid staff must repay the arrears and face penalties of [[up to 200 percent of the arrears|pct|R|a legal penalty threshold: record]]. The tax authority said it recovered [[£7.4 million|money|S|'The tax authority said']] in back pay for [[about 61,000 workers|count|S|same sentence, 'The tax authority said']] last year.
'''),

dict(slug='qa-food-network-director-on-a-record-winter',
     title="Q&A: Tri-County Food Network's Grace Ndlovu on a record winter",
     date='2025-12-10', author='Nadia Fell',
     body='''
The Tri-County Food Network, which runs 48 food banks across three counties, handed out [[more than 61,000 emergency food parcels|count|S|'according to figures it released last week' in the same sentence]] in November, [[its highest monthly total|rank|S|same sentence, the network's figures]], according to figures it released last week. The region's child poverty rate, [[about 31 percent|pct|U|no source named for the poverty rate]], is [[among the highest in the country|rank|U|a ranking stated as fact with no source]]. The network's director, Grace Ndlovu, spoke to Harbourline ahead of its Christmas appeal, which launches on December 12. The interview has been edited for length and clarity.

**How does this winter compare with last year?**

We are up [[about 23 percent|pct|S|interview answer (Ndlovu)]] on last November, and last year was already [[the busiest we had ever had|rank|S|interview answer]]. What has changed is who is coming. [[About a third|frac|S|interview answer]] of the people referred to us in November had never used a food bank before, and [[more than 40 percent|pct|S|interview answer]] were in work.

**Energy bills are still [[about 40 percent higher|pct|U|the interviewer's own claim in the question, with no source]] than before the crisis. Is that the main driver?**

It is one of them, but rent is the big one. I sat with a mother on «2 December|dates|inside an interview answer (Ndlovu's words): the transcript keeps the speaker's own style, though the article's introduction writes 'December 12'» who had £14 left for the week after paying her rent. That is not unusual any more.

**How are donations holding up?**

Food donations are down [[about 15 percent|pct|S|interview answer]], and cash donations are roughly flat. We now spend [[about £40,000 a month|money|S|interview answer]] buying food to fill the gaps, which we never had to do before 2022.

**The government says its household support fund will put [[£1 billion|money|S|'The government says' in the question]] into councils' hands this winter. Will that help?**

Any money helps. But [[nine in ten|ratio|S|interview answer]] of the families we see are on benefits or on wages that have not kept up with rents, and a one-off fund does not change that.

**What can readers do?**

Give what you can, if you can. And give time: we need [[2,500 volunteers|count|S|interview answer]] over Christmas, and we have [[about 1,700|count|S|interview answer]] signed up so far.
'''),
]
