"""Fresh answers written for this project, in styles the dev corpus does not use, with their theme labels.

Neither set is taken from any survey:

- ``FRESH`` (the rules' tuning set): every answer is its own test in ``test_rules_fresh_answers.py``.
- ``HOLDOUTS``: batches written (and labelled) one after another, each before the rules had seen it.
  ``FIRST_RUNS`` holds each batch's micro-F1 / macro-F1 on its first run, before any fix: the honest estimate
  of how the rules generalise to writing they have not seen. After each first run the misses were studied
  and fixed with general rules (never an answer's own words), so today's scores on them are higher.
  HOLDOUT_9 to HOLDOUT_60 were written by fifty-two engineers who had seen only ../shared/codebook.md, not the
  rules, the tests or the dev set; 9 and 10 were first run against codebook 1.3.0, 11 and 12 against 1.4.0,
  13 against 1.5.0, 14 against 1.6.0, 15 against 1.7.0, 16 against 1.8.0, 17 and 18 against 1.9.0 (their
  general misses were fixed in 1.10.0), 19 to 23 against 1.10.0 (the general misses of 19 to 21 were fixed in
  1.11.0, those of 22 and 23 in 1.12.0), 24 and 25 against 1.13.0 (fixed in 1.15.0),
  26 and 27 against 1.15.0 (fixed in 1.16.0), 28 and 29 against 1.16.0 (fixed
  in 1.17.0), 30 and 31 against 1.17.0 (fixed in
  1.18.0), 32 to 35 against 1.18.0 (fixed in 1.19.0), 36 to 41 against 1.19.0 (37 and 38, under 0.80,
  and 40 and 41 were fixed in 1.20.0, 36 and 39 in 1.21.0), 42 and 43 against 1.20.0 (fixed in 1.21.0), 44 to 48
  against 1.21.0 (46 first ran at 0.798, under the tests' 0.80; all five fixed in 1.22.0), 49 to 52 against
  1.22.0 (fixed in 1.23.0), 53 to 56 against 1.23.0 (54 and 56 first ran at 0.751 and 0.699;
  all four fixed in 1.24.0), 57 and 58 against 1.24.0 (fixed in 1.25.0),
  59 and 60 against 1.25.0 (59 first ran at 0.737; both fixed in 1.26.0).

Theme short names: clin(ician_understanding), career, train(ing), staff(ing), it, sup(ervision), pay,
comm(unity), refer(ral), out(comes), well(being), pos(itive).
"""

from __future__ import annotations

SHORT = {
    "clin": "clinician_understanding",
    "career": "career_progression",
    "train": "training_development",
    "staff": "staffing_capacity",
    "it": "it_systems_access",
    "sup": "supervision_support",
    "pay": "pay_job_security",
    "comm": "community_capacity",
    "refer": "referral_appropriateness",
    "out": "outcomes_data",
    "well": "wellbeing_burnout",
    "pos": "positive_experience",
}


def themes(*short: str) -> frozenset[str]:
    """The theme ids for short names."""
    return frozenset(SHORT[name] for name in short)


FRESH: list[tuple[str, frozenset[str]]] = [
    # terse
    ("cpd budget please", themes("train")),
    ("A smartcard!!!", themes("it")),
    ("More staff. Simple as that.", themes("staff")),
    ("Pay. We are paid less than healthcare assistants.", themes("pay")),
    ("No progression. Full stop.", themes("career")),
    ("Regular reflective practice sessions", themes("sup")),
    ("too many referrals not enough hours", themes("staff")),
    # formal
    (
        "It would be beneficial if clinical colleagues had a clearer understanding of the remit of the social "
        "prescribing link worker role.",
        themes("clin"),
    ),
    (
        "There needs to be a clear career framework nationally with senior and lead roles.",
        themes("career"),
    ),
    (
        "We keep getting referrals for people with severe mental illness who should be under the community "
        "mental health team.",
        themes("refer"),
    ),
    (
        "Funding for the role is only confirmed until March, so everyone in the team is job hunting.",
        themes("pay"),
    ),
    ("Access to the shared care record would be really useful.", themes("it")),
    # lower case, no punctuation, typos
    ("no access to systmone still after 8 months and nobody seems bothered", themes("it")),
    ("more trainning on mental helth and safeguarding", themes("train")),
    ("My caseload is unmanagable, I have over 90 people on it", themes("staff")),
    ("no clincal supervison whatsoever", themes("sup")),
    ("no laptop, no remote access, no nhs email. how am i supposed to work", themes("it")),
    ("we need another link worker, I cant keep up with demand", themes("staff")),
    ("the gps here are brilliant and really value what we do", themes("pos")),
    ("Not sure anyone at the surgery even knows I exist tbh", themes("clin")),
    # ranty
    (
        "I'm on a 12-month contract that gets rolled over each year and I never know if I'll still have a job",
        themes("pay"),
    ),
    ("Band 4 with no prospect of moving up. I've hit the ceiling.", themes("career")),
    (
        "The amount of data I have to submit to the ICB every month is ridiculous and none of it reflects what "
        "we actually do.",
        themes("out"),
    ),
    ("Honestly I'm exhausted. The emotional side of this job is relentless.", themes("well")),
    ("GPs see us as a way to get rid of their frequent attenders.", themes("clin")),
    ("Stressed and burnt out. Signed off for 3 weeks last month.", themes("well")),
    (
        "I have to collect three different outcome measures for three different funders - it's a nightmare",
        themes("out"),
    ),
    # implicit mentions
    ("Covering 4 GP practices single-handed is not sustainable.", themes("staff")),
    ("Waiting list for our service is now 12 weeks.", themes("staff")),
    ("Having to chase GPs to update records because I can only view them, can't write anything", themes("it")),
    (
        "The biggest challenge is the complexity of the people referred to us - people with multiple needs that "
        "SP was never designed for",
        themes("refer"),
    ),
    ("More senior posts so there's somewhere to go after a few years.", themes("career")),
    # community and referrals
    (
        "Our local voluntary groups are closing one after another because their grants have dried up.",
        themes("comm"),
    ),
    (
        "Transport is a huge barrier - most of my patients can't afford the bus into town where the groups are.",
        themes("comm"),
    ),
    (
        "The waiting list for counselling locally is over a year, so there's nowhere to refer people with low mood.",
        themes("comm"),
    ),
    ("There is nothing for young carers in this area", themes("comm")),
    (
        "I'm dealing with safeguarding and domestic abuse cases that really need a social worker, not a link worker.",
        themes("refer"),
    ),
    # a theme word used for something else
    (
        "Training patients to use online booking takes up a lot of my time and isn't what I'm here for.",
        themes("refer"),
    ),
    ("Would love a proper induction for new starters, I had to teach myself everything.", themes("train")),
    (
        "Clinical supervision with someone who actually understands social prescribing would make a big difference",
        themes("sup"),
    ),
    # negation and positive mentions
    ("No issues with IT, I've had EMIS access since day one.", themes()),
    ("IT access was a nightmare at first but it's sorted now.", themes()),
    ("I absolutely love my job and my team are fantastic.", themes("pos")),
    ("The PCN is brilliant and I feel really well supported.", themes("pos")),
    ("Supervision is excellent here, monthly with a qualified counsellor.", themes("pos")),
    ("I get regular supervision and have a good relationship with the GPs.", themes("pos")),
    ("Everything's fine at the moment, good team, good manager.", themes("pos")),
    ("I'm fortunate to work in a really supportive PCN.", themes("pos")),
    ("I think social prescribing makes a real difference to people's lives.", themes("pos")),
    # mixed
    (
        "The job is rewarding but the paperwork for outcomes (WEMWBS at start and end) takes forever.",
        themes("pos", "out"),
    ),
    (
        "my manager is lovely but has never done the job and doesn't get what it's like",
        themes("sup"),
    ),
    ("The emotional toll of hearing trauma every day with no debrief is massive.", themes("well", "sup")),
    (
        "More peer support and regular team meetings with the other link workers in the area would really help.",
        themes("sup"),
    ),
    ("I'd like to do a level 4 diploma in social prescribing but there's no funding", themes("train")),
    ("would be nice to be paid properly for the level of risk we hold", themes("pay")),
    ("Feeling undervalued by the practice partners", themes("clin")),
    ("Courses on hoarding and bereavement would help me support people better.", themes("train")),
    (
        "I feel completely isolated working on my own without any other link workers to talk to.",
        themes("sup"),
    ),
    (
        "It's hard to evidence the impact of what we do when the only measure we use is ONS4.",
        themes("out"),
    ),
    (
        "Nobody in the practice seems to know what a link worker actually does.",
        themes("clin"),
    ),
]

HOLDOUT: list[tuple[str, frozenset[str]]] = [
    ("Understanding from the wider MDT about what social prescribing can and can't do.", themes("clin")),
    ("honestly just more of us. the demand is insane", themes("staff")),
    ("PAY RISE", themes("pay")),
    ("Proper onboarding when you start, mine was two days of e-learning.", themes("train")),
    (
        "We can't see any patient information on the system which makes risk assessment really difficult.",
        themes("it"),
    ),
    ("There is no peer network for link workers in our area.", themes("sup")),
    (
        "My fixed-term contract ends in June and there's been no discussion about extending it.",
        themes("pay"),
    ),
    ("Stuck at the top of band 4 with nowhere to progress.", themes("career")),
    (
        "Our community groups have lost their funding and there is a real lack of low-level mental health support "
        "locally.",
        themes("comm"),
    ),
    (
        "The GP referred a patient in acute crisis who was expressing suicidal thoughts - totally inappropriate "
        "for SP.",
        themes("refer"),
    ),
    (
        "It's impossible to show our impact when every commissioner wants a different outcome tool.",
        themes("out"),
    ),
    (
        "The work can be emotionally draining and there's no support for our own mental health.",
        themes("well"),
    ),
    ("I love supporting people to reconnect with their community.", themes("pos")),
    ("The practice staff have been really welcoming and include me in team meetings.", themes("pos")),
    ("Not having a work phone means I use my personal mobile for everything.", themes("it")),
    ("A pay band that reflects the responsibility and risk involved.", themes("pay")),
    ("No CPD time at all.", themes("train")),
    ("They think we're counsellors.", themes("clin")),
    ("Too many practices to cover (5) for one person.", themes("staff")),
    ("Admin support to deal with booking and letters", themes("staff")),
    ("link workers need clearer routes into senior positions", themes("career")),
    (
        "People are waiting 9 months for the community counselling service, and the food bank can barely keep up",
        themes("comm"),
    ),
    (
        "Being asked to complete benefit applications which should really be done by welfare advisors.",
        themes("refer"),
    ),
    ("We're monitored on numbers of contacts rather than the quality of support.", themes("out")),
    ("I'm struggling to switch off at night and it's affecting my sleep.", themes("well")),
    ("It's a brilliant job, I get to make a real difference.", themes("pos")),
    ("SystmOne training for new link workers.", themes("it")),
    ("Training in motivational interviewing and health coaching", themes("train")),
    ("GPs not understanding the difference between social prescribing and social services.", themes("clin")),
    ("Nothing to add, really enjoying the role!", themes("pos")),
    ("no career path", themes("career")),
    ("The caseload keeps growing and I'm the only link worker for 30,000 patients.", themes("staff")),
    ("Line manager who knows what SP is.", themes("sup")),
    ("Lack of recognition for the role within the PCN", themes("clin")),
    ("Our charity is only funded until next year and I'm worried about my job.", themes("pay")),
    ("rural area with hardly any buses so patients cant get to activities", themes("comm")),
    ("Patients with complex housing and debt problems that need a specialist, not me.", themes("refer")),
    ("Recording outcomes in EMIS is clunky and takes ages.", themes("out")),
    ("No problems with supervision - I have monthly sessions with my clinical lead.", themes()),
    ("Feel valued by my GPs but the receptionists have no idea what I do.", themes("pos", "clin")),
]


#: A second hold-out, written after the rules had been tuned on FRESH and HOLDOUT, labelled before it was
#: first run: a realistic mix with answers about patients (no theme), praise, and several themes at once.
HOLDOUT_2: list[tuple[str, frozenset[str]]] = [
    (
        "Protected time for reflective supervision with a qualified supervisor, and the chance to meet other link "
        "workers across the ICB.",
        themes("sup"),
    ),
    (
        "Honestly the biggest thing is the number of people on my books - I'm carrying about 70 open cases and get "
        "10 new ones a week.",
        themes("staff"),
    ),
    (
        "A clear job description so practices stop asking me to do things like chasing test results.",
        themes("clin", "refer"),
    ),
    ("I'm band 3 and doing the same job as band 5 colleagues in the next PCN.", themes("pay")),
    ("Loneliness and social isolation among older patients is huge in our area.", themes()),
    ("Patients don't always turn up and it's hard to engage some people.", themes()),
    (
        "Getting access to the EMIS record without having to go through the practice manager every time",
        themes("it"),
    ),
    ("My line manager is brilliant, very supportive and always available.", themes("pos")),
    ("Would appreciate some training on working with people with severe anxiety.", themes("train")),
    ("Being part of the PCN multidisciplinary team has been really positive.", themes("pos")),
    ("Funding for community groups has been slashed and many have shut.", themes("comm")),
    ("The ICB keeps changing what data they want.", themes("out")),
    ("I sometimes feel out of my depth with the complexity of cases I'm given", themes("refer")),
    (
        "I'd like to see a national pay scale for SPLWs so we aren't paid different amounts depending on the "
        "employer",
        themes("pay"),
    ),
    ("no one knows what we do lol", themes("clin")),
    ("Time to actually do the job properly instead of just firefighting.", themes("staff")),
    ("More joined up working between GP practices and the voluntary sector.", themes()),
    ("There's no progression route at all, I'll probably leave within a year.", themes("career")),
    ("The GPs treat me like a glorified secretary.", themes("clin")),
    ("I was promised a laptop when I started 6 months ago and I'm still waiting.", themes("it")),
    ("Emotionally it's really tough, I've had a few cases that really affected me.", themes("well")),
    ("We don't have a consistent way of recording outcomes across the PCN.", themes("out")),
    ("Enjoying it so far, only been in post 3 months.", themes("pos")),
    ("A couple more link workers would help massively with the waiting list.", themes("staff")),
    ("CMHT won't accept referrals so people get sent to me instead.", themes("refer")),
    ("Bus services have been cut so my rural patients struggle to get to anything.", themes("comm")),
    ("Clearer guidance on the information standard and which SNOMED codes to use.", themes("out", "it")),
    ("I feel like I'm always justifying why I'm here.", themes("clin")),
    ("Manager doesn't understand social prescribing at all, she's never been a link worker.", themes("sup")),
    ("Better pay!!", themes("pay")),
    (
        "the referrals we get from the hospital are often for people with really complex needs that we cant meet",
        themes("refer"),
    ),
    ("Access to ongoing CPD and funded qualifications.", themes("train")),
    ("I don't feel part of a team, I work from home most days and rarely see anyone.", themes("sup")),
    ("Our team has doubled this year which has taken the pressure off.", themes("pos")),
    ("Everyone I work with is lovely.", themes("pos")),
    ("The cost of living crisis means most people I see are in debt.", themes()),
    (
        "Job security - my post is funded through ARRS and the PCN could pull it at any time.",
        themes("pay"),
    ),
    ("It's exhausting constantly having to explain my role to new GPs and locums.", themes("clin", "well")),
    ("More groups for men in the evenings", themes("comm")),
    ("we need a proper induction programme for new link workers", themes("train")),
    ("Paperwork.", themes("out")),
    ("The role is hugely rewarding and I feel lucky to do it.", themes("pos")),
    ("Referrals for housing issues that really need the council's housing team.", themes("refer")),
    ("My mental health has suffered since starting this job.", themes("well")),
    ("GPs need more awareness of what social prescribing can offer.", themes("clin")),
    ("Not enough hours in the week, I'm part-time but the caseload is full-time.", themes("staff")),
    ("A smart card and permission to write in the notes.", themes("it")),
    (
        "Waiting lists for counselling and mental health services are years long so people come to us instead.",
        themes("comm", "refer"),
    ),
    ("Proper recognition of the role from NHS England would be nice.", themes("clin")),
    ("I need someone to debrief with after difficult conversations.", themes("sup")),
    ("There are no senior SPLW posts in the whole county.", themes("career")),
    ("I'm not paid for the travel between sites.", themes("pay")),
    ("Can't think of anything.", themes()),
    ("The PCN wants case studies every month on top of ONS4 scores.", themes("out")),
    ("We are constantly being asked to prove our worth to the PCN board.", themes("clin")),
    ("I have EMIS access but only read-only, which is useless for recording.", themes("it")),
    ("I'm a team of one covering 14,000 patients.", themes("staff")),
    ("Monthly group supervision has been fantastic.", themes("pos")),
    ("Nothing is working well at the moment and I dread going in.", themes("well")),
    ("The contract is renewed every year in March and we don't hear until February.", themes("pay")),
]

#: A third hold-out in other registers again (abbreviations, slang, text-speak, several themes at once),
#: labelled before it was first run.
HOLDOUT_3: list[tuple[str, frozenset[str]]] = [
    ("pts with MH needs way beyond what SP can offer, we're not MH practitioners", themes("refer")),
    ("dr's fob us off with anyone they dont want to deal with", themes("clin")),
    ("knackered tbh, the job takes it out of you", themes("well")),
    ("s/p is brilliant when it works but we need more LW's", themes("pos", "staff")),
    ("Honestly? A pay rise and a permanent contract. I've been temp for 3 yrs.", themes("pay")),
    ("Need a proper route to progress - currently capped at band 4 with sod all above it.", themes("career")),
    ("Access to the GP clinical system so I'm not ringing reception for basic info.", themes("it")),
    (
        "There is very little mental health provision for under-18s locally, and what there is has huge waits.",
        themes("comm"),
    ),
    (
        "I would benefit from formal clinical supervision and more opportunities for peer reflection.",
        themes("sup"),
    ),
    (
        "The range of outcome measures required by different commissioners is confusing and time consuming.",
        themes("out"),
    ),
    (
        "I'd like to attend conferences and network with other link workers but there's no budget.",
        themes("train", "sup"),
    ),
    ("Really valued by the practice team, they include me in everything.", themes("pos")),
    ("Practices still using us as a signposting service rather than proper personalised care.", themes("clin")),
    ("I'm expected to manage 6 practices with no additional support.", themes("staff")),
    ("The PCN keeps threatening to cut the SP budget.", themes("pay")),
    ("The patients are great, it's the system that's broken.", themes("pos")),
    (
        "My supervisor left last year and hasn't been replaced, so I have no one to go to.",
        themes("sup"),
    ),
    (
        "we get loads of referrals for people who just need a benefits check, which the CAB should be doing",
        themes("refer"),
    ),
    ("Training in safeguarding adults and children.", themes("train")),
    ("A computer that doesn't take 20 minutes to load.", themes("it")),
    ("Being recognised as a professional in our own right.", themes("clin")),
    ("Lots of the community groups I used to refer to have closed since the pandemic.", themes("comm")),
    (
        "Dealing with patients who are suicidal with no clinical backup is terrifying.",
        themes("refer", "well"),
    ),
    ("more time per patient - 30 min appointments just aren't enough", themes("staff")),
    ("I think the outcome measures are fine, ONS4 is quick and easy.", themes()),
    ("To be honest I feel burnt out and I'm thinking of leaving.", themes("well")),
    ("The charity pays less than the NHS for the same role.", themes("pay")),
    ("No HR support, no policies, no clear line management.", themes("sup")),
    ("Nobody checks in on how we're coping emotionally", themes("sup", "well")),
    ("I'd welcome a regional network for SPLWs to share good practice.", themes("sup")),
    (
        "The directory of services is always out of date so I waste time ringing groups that no longer exist.",
        themes("comm"),
    ),
    ("Great job, great patients, shame about the pay.", themes("pos", "pay")),
    ("we need admin help with the outcome questionnaires, they take forever to input", themes("staff", "out")),
    ("The GP partners see SP as a cheap way to tick the personalised care box.", themes("clin")),
    ("I feel respected by the clinicians I work with.", themes("pos")),
    ("A laptop, a phone and a desk would be a start!", themes("it")),
    ("Social care are so overstretched that people end up on my caseload by default.", themes("refer")),
    ("CPD!!!!!", themes("train")),
    ("Contract ends in August, no news.", themes("pay")),
    ("Isolation - I'm based in a community centre away from the practice team", themes("sup")),
    ("Waiting lists for my service are 10 weeks.", themes("staff")),
    ("Patients are often too unwell for social prescribing to help.", themes("refer")),
    ("I'd love more opportunities for career progression within the PCN.", themes("career")),
    ("The data we collect is never used or fed back to us.", themes("out")),
    ("I feel like the PCN only cares about the numbers.", themes("out")),
    (
        "Reception staff book inappropriate appointments with me because they don't know what I do.",
        themes("clin"),
    ),
    ("Clinical supervision is provided by a psychologist monthly and it's really helpful.", themes("pos")),
    ("not enough groups in rural villages and no transport to get to the town ones", themes("comm")),
    ("GPs are supportive and refer appropriately.", themes("pos")),
    (
        "I need a better work-life balance, I'm doing unpaid overtime every week to keep on top of my caseload.",
        themes("staff", "well"),
    ),
    ("Outcomes Star training would help.", themes("train", "out")),
    ("no access to s1 from home", themes("it")),
    ("The PCN doesn't value us, we're just a box to tick for ARRS.", themes("clin")),
    ("Management don't seem to understand the emotional impact of this job", themes("sup", "well")),
    ("It's a lonely job.", themes("sup")),
    ("more link workers please, one per practice minimum", themes("staff")),
    (
        "I wish there was more funding for social prescribing so posts weren't so precarious.",
        themes("pay"),
    ),
    ("Feel like a glorified receptionist some days.", themes("clin")),
    ("We need clearer referral criteria so GPs stop sending complex safeguarding cases.", themes("refer")),
    ("Training on SystmOne for all new starters would save so much time.", themes("it")),
]

#: A fourth hold-out, written after the speed work, labelled before it was first run.
HOLDOUT_4: list[tuple[str, frozenset[str]]] = [
    ("Clinical staff to refer appropriately and understand our boundaries", themes("clin", "refer")),
    ("A reduction in caseload", themes("staff")),
    ("proper supervision from somebody clinically trained", themes("sup")),
    ("I'd like the opportunity to do a degree apprenticeship", themes("train")),
    ("Having my own desk and computer at each site", themes("it")),
    ("Consistent funding so services don't keep disappearing", themes("comm")),
    ("Salary progression - there is no incremental pay in my organisation", themes("pay")),
    ("Less paperwork", themes("out")),
    ("Recognition from NHS England that link workers are professionals", themes("clin")),
    ("The majority of referrals I receive are inappropriate", themes("refer")),
    ("Not being able to access patient records means I often go into appointments blind", themes("it")),
    ("There's nowhere to send people with low level anxiety apart from an app", themes("comm")),
    ("Pay doesn't reflect the emotional labour involved", themes("pay")),
    ("It can be really isolating working across different sites with no base", themes("sup")),
    ("I struggle with the amount of suicidal patients I'm expected to support", themes("refer")),
    ("The SPLW role has no clear scope so it keeps expanding", themes("refer")),
    ("More understanding of the role from hospital consultants", themes("clin")),
    ("A clear development pathway to senior link worker", themes("career")),
    ("Not enough money in the system for the VCSE", themes("comm")),
    ("Our employer doesn't offer any CPD", themes("train")),
    ("Case studies take ages to write up", themes("out")),
    ("I go home exhausted every day", themes("well")),
    ("Very happy in my role", themes("pos")),
    ("Team is great, management not so much", themes("pos", "sup")),
    ("The role is not respected by some GPs who see it as a waste of money", themes("clin")),
    ("we need more social prescribers, we have a six week wait", themes("staff")),
    ("Smartcard access and training on how to use the clinical system", themes("it")),
    ("No opportunity to progress without becoming a manager", themes("career")),
    ("Funding for the role ends next March and nobody will tell us anything", themes("pay")),
    ("An extra day a week would help me keep on top of things", themes("staff")),
    ("Reflective practice groups with other SPLWs", themes("sup")),
    ("Better links with local charities and groups", themes()),
    ("Hardly any activities for people with disabilities in our area", themes("comm")),
    ("I'm frequently asked to support people with severe and enduring mental illness", themes("refer")),
    ("We're asked to collect data that nobody ever looks at", themes("out")),
    ("I feel the job is affecting my health", themes("well")),
    ("It's a great role and very rewarding", themes("pos")),
    ("The PCN clinical director is very supportive of social prescribing", themes("pos")),
    ("Our GPs have started to understand the value of what we do", themes("pos")),
    ("Training around safeguarding and mental capacity", themes("train")),
    ("The benefit system is a nightmare for patients", themes()),
    ("My caseload is too big to give people the time they deserve", themes("staff")),
    ("IT support is non-existent", themes("it")),
    ("Clear line management and someone to escalate concerns to", themes("sup")),
    ("Permanent posts rather than 12 month contracts", themes("pay")),
    ("GPs expect us to fix housing problems we have no power over", themes("refer")),
    ("There's a big gap in services for people with eating disorders", themes("comm")),
    ("It would help if the ONS4 was built into EMIS", themes("out", "it")),
    ("Honestly nothing, I love it here", themes("pos")),
    ("The stress of the role has made me consider quitting", themes("well")),
    ("A regular catch up with my line manager", themes("sup")),
    ("There is no one to cover my caseload when I'm off sick", themes("staff")),
    ("Being included in practice meetings", themes("clin")),
    (
        "Local groups are great but they're all run by volunteers who are burning out",
        themes("comm"),
    ),
    ("I've been a link worker for 4 years and never had a pay rise", themes("pay")),
    ("Everyone thinks social prescribing is just about exercise and gardening", themes("clin")),
    ("We don't get told what the outcome data is used for", themes("out")),
    ("My patients are so grateful, it makes the hard days worth it", themes("pos")),
    ("Access to training on domestic abuse and coercive control", themes("train")),
    ("The practice wants me to run the flu clinic admin on top of my caseload", themes("clin", "refer")),
]

#: A fifth hold-out (lists, "anything else" paragraphs, more answers with no theme), labelled before its first run.
HOLDOUT_5: list[tuple[str, frozenset[str]]] = [
    ("I came into this job from the ambulance service and it's been a real eye opener.", themes()),
    ("Would be good to have a proper space to see patients, I often use a cupboard.", themes()),
    ("Thank you for running this survey, I hope it leads to change.", themes()),
    ("- more staff\n- a proper induction\n- access to EMIS", themes("staff", "train", "it")),
    ("1. pay 2. progression 3. supervision", themes("pay", "career", "sup")),
    ("The practice team treat me as one of their own and I feel part of the furniture now.", themes("pos")),
    ("I love my patients but the GPs don't have a clue what I do.", themes("pos", "clin")),
    (
        "Referrals have become much more complex since covid, lots of people with serious mental health problems.",
        themes("refer"),
    ),
    ("We're all stretched, there are 2 of us for 60,000 patients.", themes("staff")),
    ("I worry constantly about whether my role will be funded next year.", themes("pay")),
    ("I have no idea how to use SNOMED codes and nobody has shown me.", themes("it")),
    ("I'd love to do a masters but there is no funding for it.", themes("train")),
    ("There's a real lack of support for young people's mental health locally.", themes("comm")),
    ("Staff turnover is high because the job is so demanding and poorly paid.", themes("pay", "staff")),
    ("My manager is fantastic and really supportive.", themes("pos")),
    ("I don't have time to record outcomes properly.", themes("out")),
    ("The GPs see me as the person to palm off their difficult patients onto.", themes("clin")),
    ("It's quite isolating being the only link worker in the practice.", themes("sup")),
    ("Need better IT.", themes("it")),
    ("Outcome measures don't capture the difference we make.", themes("out")),
    ("I cry in my car most weeks.", themes("well")),
    ("There should be a national training programme for link workers.", themes("train")),
    ("The ICB has cut funding for the VCSE again.", themes("comm")),
    ("Our waiting list is now 3 months long.", themes("staff")),
    ("Patients tell me they'd be lost without the service.", themes("pos")),
    ("Nothing to say that I haven't already said.", themes()),
    ("No complaints, everything is going well.", themes("pos")),
    ("Being paid the same as an HCA is insulting given the responsibility.", themes("pay")),
    ("We need clear guidance on what is and isn't appropriate for social prescribing.", themes("refer")),
    ("I've had to use my own laptop for months.", themes("it")),
    ("It's hard to get any clinical supervision as a VCSE employee.", themes("sup")),
    ("It would be great to have more opportunities to meet other link workers.", themes("sup")),
    ("I'm the only person covering three practices.", themes("staff")),
    ("Lack of awareness among hospital staff about what social prescribing is.", themes("clin")),
    ("A budget for activities and resources for patients.", themes("comm")),
    ("I feel guilty when I can't help people because there's nothing available.", themes("comm")),
    ("Honestly the role is a dead end.", themes("career")),
    ("The PCN wants weekly statistics which is a pain.", themes("out")),
    ("GP practices in my PCN have been brilliant.", themes("pos")),
    ("Not being able to text patients from the system is a nightmare.", themes("it")),
    (
        "My contract is being TUPE'd to a new provider and nobody has told us what that means.",
        themes("pay"),
    ),
    ("A lot of people referred to me actually need debt advice, not social prescribing.", themes("refer")),
    ("It's a very rewarding job but it does take its toll.", themes("pos", "well")),
    ("No training on how to use the outcome tools.", themes("train", "out")),
    ("The practice doesn't have space for me so I work from the car.", themes()),
    ("We get no protected time for training.", themes("train")),
    ("Receptionists don't know how to book people in with me.", themes("clin")),
    ("Demand for my service far outstrips what I can offer.", themes("staff")),
    ("I'm paid less than my colleagues in the NHS for the same job.", themes("pay")),
    ("The team I work with are lovely and we all look out for each other.", themes("pos")),
    ("Mandatory training takes up a lot of time and isn't relevant to the role.", themes("train")),
    ("It would be good to have a senior link worker to go to for advice.", themes("sup")),
    ("Some GPs are really supportive but others don't engage with the service at all.", themes("pos", "clin")),
    ("Difficult to keep track of outcomes without a proper template.", themes("out", "it")),
    ("After 18 months I still don't have a smartcard.", themes("it")),
    ("The job can feel quite lonely at times.", themes("sup")),
    ("People in crisis are being sent to us because there's nowhere else.", themes("refer", "comm")),
    ("Need more time per appointment.", themes("staff")),
    ("I enjoy the variety of the role.", themes("pos")),
    (
        "Our funding comes from the council and gets reviewed every year, which is unsettling.",
        themes("pay"),
    ),
]

#: A sixth hold-out in styles the others use little (fragments, rambling "anything else" paragraphs, typos with
#: no punctuation, bullet lists, VCSE- and council-hosted workers, topics mentioned only as praise or as resolved,
#: patients' own problems), labelled from the frame before it was first run.
HOLDOUT_6: list[tuple[str, frozenset[str]]] = [
    # fragments
    ("caseload!!", themes("staff")),
    ("Recognition.", themes("clin")),
    ("a desk + EMIS login", themes("it")),
    ("burnout", themes("well")),
    ("supervision - none", themes("sup")),
    ("more funding for groups", themes("comm")),
    ("no ladder to climb", themes("career")),
    ("Time.", themes("staff")),
    ("n/a", themes()),
    ("Happy as I am", themes("pos")),
    # typos, no punctuation
    (
        "no one at the surgry knows what a social prescibers for they just send me anyone",
        themes("clin", "refer"),
    ),
    ("been waiting on a smartcard since january its a joke", themes("it")),
    ("pay is rubbish for what we deal with every day", themes("pay")),
    ("i love the job but im shattered most nights", themes("pos", "well")),
    ("theres no groups in the villages and the buses stopped", themes("comm")),
    ("need somone to talk to after bad calls, we dont get any debriefing", themes("sup")),
    ("my manager has no idea about sp she manages the cafe as well", themes("sup")),
    ("we get told to do the outcome forms but nobody tells us why", themes("out")),
    ("ARRS money might go next yr and then what", themes("pay")),
    ("wud like to do the level 3 cert but its £600 and work wont pay", themes("train")),
    # bullet lists
    ("- caseload cap\n- own room\n- a proper phone", themes("staff", "it")),
    ("• clinical supervision\n• peer network\n• regular 1:1s", themes("sup")),
    ("1) recognition from GPs 2) pay parity with NHS staff 3) permanent contracts", themes("clin", "pay")),
    ("* less data entry\n* fewer duplicate forms\n* one outcome tool for everyone", themes("out")),
    ("- training on trauma\n- training on benefits advice\n- time to actually do it", themes("train")),
    # rambling "anything else" paragraphs
    (
        "I've been in post nearly three years now and on the whole I really enjoy it, the patients are lovely and "
        "my practice manager is great. The frustrating bit is that every year we wait until March to find out if "
        "the PCN will keep funding us, and I've seen two colleagues leave because of it. Also the ICB changed the "
        "reporting template again this quarter, which meant redoing everything.",
        themes("pos", "pay", "out"),
    ),
    (
        "Anything else? Where do I start. I came from a housing background so I'm used to complex stuff, but the "
        "referrals now are people actively suicidal, people fleeing DV, people with no recourse to public funds. "
        "My GPs are kind but they think I can fix everything. I'm tired. I do still believe in social prescribing "
        "though.",
        themes("refer", "clin", "well", "pos"),
    ),
    (
        "Overall it's a great role. Supervision was an issue when I started but our charity now pays for monthly "
        "sessions with a counsellor and that's made a huge difference. The one thing I'd change is the IT - I "
        "still can't book appointments directly into the practice system so everything goes through reception.",
        themes("pos", "it"),
    ),
    (
        "I'm employed by the council rather than the PCN, which has good and bad sides. The council's training "
        "offer is excellent and I've done loads of courses. But I'm not part of the practice team at all, the GPs "
        "barely know my name and I have to email reception to get anything added to a patient's notes.",
        themes("pos", "clin", "it"),
    ),
    (
        "To be honest this survey comes round every year and nothing changes. Same issues: too many referrals, not "
        "enough of us, and pay that hasn't moved in years. I do love the actual work with patients, that's what "
        "keeps me here.",
        themes("staff", "pay", "pos"),
    ),
    # VCSE- and council-hosted
    (
        "As a VCSE-hosted link worker I don't get NHS pension or the same terms as the ARRS staff I sit next to.",
        themes("pay"),
    ),
    ("Being hosted by a small charity means there's no HR, no clinical lead, just me and the CEO.", themes("sup")),
    ("Our local authority contract has been extended for another year which is a relief.", themes()),
    ("The charity I work for can't access the PCN's shared drive or EMIS so I keep paper notes.", themes("it")),
    (
        "Working for the council means I get proper supervision and a team around me, which colleagues in PCNs "
        "don't always have.",
        themes("pos"),
    ),
    # topics mentioned only as praise or as resolved
    ("We used to have huge waiting lists but since the second link worker started it's manageable.", themes("pos")),
    (
        "I had no induction at first, but the PCN has since put one together for new starters and it's really good.",
        themes("pos"),
    ),
    ("My smartcard came through after a few weeks and I've had full EMIS access ever since.", themes()),
    ("Pay is fair for what I do.", themes()),
    ("I feel really valued by the practice team and the GPs ask for my input in MDTs.", themes("pos")),
    (
        "Our outcome recording is simple - ONS4 at the start and end, built into the template, no problems.",
        themes(),
    ),
    # patients' own problems
    ("A lot of my patients are carers who are exhausted and feel very alone.", themes()),
    ("Patients often can't afford to heat their homes.", themes()),
    ("People are lonelier than ever since covid.", themes()),
    ("Many of the people I see have low confidence and struggle to leave the house.", themes()),
    ("Patients with long covid are a growing part of my work.", themes()),
    # mixed
    (
        "GPs r great, reception not so much - they book ppl in for blood test results with me!!",
        themes("pos", "clin"),
    ),
    ("sick of being the dumping ground for every patient the gps cant be bothered with", themes("clin")),
    ("The MYCAW forms take longer than the actual conversation.", themes("out")),
    ("Would be nice to have someone senior I could aspire to become.", themes("career")),
    (
        "I'm leaving next month. No progression, no pay rise, and the practice never noticed the work I did.",
        themes("career", "pay", "clin"),
    ),
    ("It's the emotional weight that gets you, hearing people's stories day after day.", themes("well")),
    ("Need more link workers in our PCN - there are 3 of us for 9 practices.", themes("staff")),
    ("The GP partners have been brilliant since day one.", themes("pos")),
    (
        "Mental health support locally has a two year wait so I end up holding people who are really unwell.",
        themes("comm", "refer"),
    ),
    (
        "the ICB wants a case study every month on top of everything else, when am I meant to see patients",
        themes("out"),
    ),
    (
        "I think there needs to be a national standard for training link workers, it varies massively.",
        themes("train"),
    ),
    ("Safeguarding concerns come to me first because the GPs know I'll pick them up.", themes("refer")),
    ("cannot stress enough how isolating this job is when youre the only one in the building", themes("sup")),
    ("Everything's grand, genuinely, nothing to add.", themes("pos")),
    ("Same as above really.", themes()),
]

#: A seventh hold-out in styles the others use little (second person, sarcasm, a theme word named only to deny it,
#: British colloquialisms, text-speak, managers' answers, praise mixed with complaint, long multi-theme answers,
#: bullet lists, "anything else" answers), labelled from the frame before it was first run.
HOLDOUT_7: list[tuple[str, frozenset[str]]] = [
    # second person
    ("You're on your own most of the time, nobody to ask when a case goes sideways.", themes("sup")),
    (
        "You spend half your day chasing the practice to add things to the notes because you can't write in them "
        "yourself.",
        themes("it"),
    ),
    ("You get into this to help people and end up drowning in forms.", themes("out")),
    ("You never know from one year to the next if you'll still have a job.", themes("pay")),
    ("You give so much of yourself and there's nothing left at the end of the day.", themes("well")),
    ("Once you've been doing it a couple of years you realise there's nowhere to go.", themes("career")),
    ("You feel like a spare part in practice meetings, nobody asks your opinion.", themes("clin")),
    # sarcasm and irony
    ("Oh I just love being the practice's unofficial receptionist, said no one ever.", themes("clin")),
    ("Brilliant, another new outcome form from the ICB. Just what I needed.", themes("out")),
    ("Fantastic that we get a 1% pay rise while the bills double.", themes("pay")),
    ("Great system where I have to phone reception to read a patient's notes.", themes("it")),
    ("Supervision? What supervision.", themes("sup")),
    (
        "Love how the ICB can find money for another dashboard but not for the groups we refer to.",
        themes("comm"),
    ),
    # a theme word named only to deny it
    (
        "IT is fine, it's the referrals that are the problem - half of them are people in mental health crisis.",
        themes("refer"),
    ),
    ("Pay's ok honestly. What gets me is the lack of any progression.", themes("career")),
    ("I don't need more training, I need fewer patients on my list.", themes("staff")),
    ("Supervision isn't the issue, I get plenty. It's that I'm knackered.", themes("well")),
    (
        "Not a community groups problem round here, we've got loads. The problem is getting GPs to refer to us at "
        "all.",
        themes("clin"),
    ),
    (
        "The data side is fine. What I'd change is having no other link workers nearby to talk things through with.",
        themes("sup"),
    ),
    ("Caseload is manageable, it's the emotional weight of some of the stories that stays with me.", themes("well")),
    # British colloquialisms
    ("Proper skint on this wage, can't even afford to run the car for home visits.", themes("pay")),
    ("We're run ragged, there's three of us for the whole PCN and it's mental.", themes("staff")),
    ("The gaffer's never about, I'm left to crack on by myself.", themes("sup")),
    (
        "Gutted that the lunch club shut, it was the only thing going for the old boys in the village.",
        themes("comm"),
    ),
    ("Feeling a bit frazzled if I'm honest.", themes("well")),
    ("Bog standard induction, two days of e-learning and Bob's your uncle.", themes("train")),
    ("Doctors haven't got a Scooby what we do.", themes("clin")),
    ("Cracking team, can't fault them.", themes("pos")),
    # typos and text-speak
    ("need acess 2 emis asap cant do nuffin without it", themes("it")),
    ("2 many pts on my list & no1 to hand over to", themes("staff")),
    ("wd luv sum mh first aid trainin", themes("train")),
    ("feel v alone in this job tbh", themes("sup")),
    ("gp's dnt refer properly, get ppl in crisis sent 2 me", themes("refer")),
    ("pay is shocking 4 wot we do", themes("pay")),
    ("lov my job lol", themes("pos")),
    # managers
    (
        "As a service manager, my team of six link workers are carrying caseloads well over what's safe and I "
        "can't recruit into the vacant post.",
        themes("staff"),
    ),
    (
        "I manage the SP team for our PCN. The biggest risk is that ARRS funding isn't guaranteed beyond next year, "
        "so I can't offer permanent contracts.",
        themes("pay"),
    ),
    (
        "Speaking as a lead, there's no funded clinical supervision for my staff and I end up providing it "
        "myself.",
        themes("sup"),
    ),
    (
        "From a management perspective the reporting burden is huge - three funders, three sets of KPIs.",
        themes("out"),
    ),
    ("My link workers are fantastic but several are showing signs of burnout.", themes("pos", "well")),
    (
        "We lost two experienced link workers last year because there was no higher band to promote them into.",
        themes("career"),
    ),
    (
        "As a PCN manager I'd say the link workers are undervalued by some of our partners who still don't see "
        "what they bring.",
        themes("clin"),
    ),
    # praise mixed with complaint
    ("Love the patients, hate the paperwork.", themes("pos", "out")),
    ("The GPs are great with me but the nurses still think I'm there to do their admin.", themes("pos", "clin")),
    (
        "My manager's brilliant, it's just a shame she's been off for months and there's nobody covering her.",
        themes("pos", "sup"),
    ),
    (
        "Really rewarding work, but I'm on a rolling six-month contract which makes it hard to plan anything.",
        themes("pos", "pay"),
    ),
    (
        "Lots of groups in town but transport out to the villages is dreadful, so half my patients can't get to "
        "them.",
        themes("comm"),
    ),
    ("Pros: lovely team, flexible hours. Cons: pay, no career path.", themes("pos", "pay", "career")),
    # long answers with several themes
    (
        "Where to begin. I started in 2021 with no induction whatsoever, was handed a phone and told to get on "
        "with it. Three years later I'm still on band 4, still on a fixed term contract, and still don't have a "
        "smartcard so I'm ringing the practice every time I need a med list. The patients keep me going though.",
        themes("train", "career", "pay", "it", "pos"),
    ),
    (
        "I think the hardest thing is the sheer volume. I've got around 85 people open and referrals keep "
        "coming, and a fair few of them really need secondary mental health care. By Friday I'm running on empty.",
        themes("staff", "refer", "well"),
    ),
    (
        "Honestly the job itself is great and I've got a good supervisor. My frustration is with the PCN, who "
        "want numbers every week and don't care about quality. I've asked to go to the regional network "
        "meetings and been told there's no time.",
        themes("pos", "out", "sup"),
    ),
    (
        "Anything else: I'd just say that the VCSE is on its knees round here. Groups I used to refer to have "
        "folded and the ones left have waiting lists. Something needs to change at ICB level.",
        themes("comm"),
    ),
    # bullet lists
    ("- smartcard\n- more admin support\n- a decent wage", themes("it", "staff", "pay")),
    (
        "• better links with mental health services so we're not holding risk\n• clearer referral criteria",
        themes("refer"),
    ),
    (
        "1. no more case studies 2. funded diploma 3. regular 1:1s with someone who gets it",
        themes("out", "train", "sup"),
    ),
    # other
    ("ONS4 is pointless, patients just tick whatever to get it over with.", themes("out")),
    ("Would like to be asked before the partners decide what I'm doing with my week.", themes("clin")),
    ("The hospital discharge team refer people who need a care package, not a link worker.", themes("refer")),
    ("I'm off with stress at the moment, largely down to the caseload.", themes("well", "staff")),
    ("I'd love to shadow a more experienced SPLW in another PCN.", themes("train")),
    ("It's a fab job.", themes("pos")),
    # "anything else" with nothing of substance
    ("No, I think I've covered it all.", themes()),
    ("Not really, thanks.", themes()),
    ("See previous answer re funding.", themes("pay")),
    ("Please actually listen to us this time.", themes()),
]

#: An eighth hold-out in other styles again (questions, hedged answers, formal recommendations, bare figures,
#: comparisons with other roles, ward-, youth- and council-based workers, capitals, emoji, metaphor, changes over
#: time, conditionals, quoted remarks, dialect, semicolon lists), labelled from the frame before it was first run.
HOLDOUT_8: list[tuple[str, frozenset[str]]] = [
    # questions
    ("Why am I still waiting for a smartcard after five months?", themes("it")),
    ("How are we supposed to evidence impact when nobody agrees on a measure?", themes("out")),
    ("Who exactly is my line manager? Nobody seems to know.", themes("sup")),
    ("What happens to us when the ARRS money stops?", themes("pay")),
    ("Is anyone actually checking that referrals are appropriate before they reach us?", themes("refer")),
    ("Why would anyone stay when there's no band 5 to aim for?", themes("career")),
    # hedged
    ("I suppose a bit more training on benefits wouldn't go amiss.", themes("train")),
    ("Maybe slightly fewer practices to cover? Four is a lot.", themes("staff")),
    ("Possibly more contact with other link workers, I don't really know any.", themes("sup")),
    ("Not sure really, perhaps just feeling a bit more appreciated by the surgery.", themes("clin")),
    # formal recommendations
    (
        "Recommendation: commissioners should move to three-year contracts for SPLW posts to aid retention.",
        themes("pay"),
    ),
    ("It is recommended that a standardised outcomes framework be adopted across the ICS.", themes("out")),
    (
        "Consideration should be given to a structured competency framework with defined progression to senior "
        "practitioner level.",
        themes("career"),
    ),
    ("Investment in the voluntary sector is essential to sustain onward referral pathways.", themes("comm")),
    # bare figures
    ("Caseload: 92. Recommended: 50. Enough said.", themes("staff")),
    ("3 SPLWs, 11 practices, 58,000 patients.", themes("staff")),
    ("£23k for a role that holds safeguarding risk every day.", themes("pay")),
    ("Had 4 different managers in 2 years.", themes("sup")),
    # other roles
    ("The care coordinators get paid a band higher for less responsibility.", themes("pay")),
    ("Health coaches in our PCN get protected training days, we don't.", themes("train")),
    (
        "The mental health practitioners won't take anyone below a certain threshold, so everyone else lands with "
        "me.",
        themes("refer"),
    ),
    # ward-, youth- and council-based
    ("On the ward, the consultants treat me as the discharge coordinator.", themes("clin")),
    ("Working with young people, there's very little for teenagers with anxiety locally.", themes("comm")),
    ("Being council-employed I can't get on the GP system at all.", themes("it")),
    # capitals and emoji
    ("WE NEED MORE STAFF", themes("staff")),
    ("STOP SENDING ME SAFEGUARDING CASES", themes("refer")),
    ("Love my job 😊 but the pay 😬", themes("pos", "pay")),
    ("Tired 😴😴", themes("well")),
    ("Supervision? 🤷", themes("sup")),
    # metaphor
    (
        "It feels like banging my head against a brick wall trying to get GPs to take SP seriously.",
        themes("clin"),
    ),
    (
        "Jack of all trades, master of none - I'm expected to be a debt adviser, housing officer and counsellor.",
        themes("refer"),
    ),
    ("My tank is empty.", themes("well")),
    # changes over time
    (
        "Supervision used to be non-existent but we now have a monthly group with a psychotherapist.",
        themes(),
    ),
    ("Things have got a lot better since the PCN hired a second link worker.", themes("pos")),
    (
        "When I started nobody knew what I did; three years on the GPs refer appropriately and ask my advice.",
        themes("pos"),
    ),
    # conditionals
    ("If the grant isn't renewed in April I'm out of a job.", themes("pay")),
    ("If referrals keep rising at this rate I'll have to close my list.", themes("staff")),
    # quoted remarks
    ("'So what is it you actually do?' - a GP partner, after I'd been there two years.", themes("clin")),
    ("My manager's words: 'we can't afford supervision this year'.", themes("sup")),
    # dialect
    ("There's nowt for young'uns round here, the youth club shut years ago.", themes("comm")),
    ("Dead busy, can't get through the list.", themes("staff")),
    ("Proper mithered by all the forms.", themes("out")),
    # one word
    ("Morale.", themes("well")),
    ("Remit creep", themes("refer")),
    ("Headcount", themes("staff")),
    ("Pension", themes("pay")),
    # semicolon lists
    ("Better pay; a career framework; fewer hoops to jump through for data.", themes("pay", "career", "out")),
    ("Access to records; a quiet room; a team to belong to.", themes("it", "sup")),
    # praise only
    ("Couldn't ask for a better PCN to work in.", themes("pos")),
    ("The difference I see in people after a few sessions is why I do this.", themes("pos")),
    ("My GPs actually get it, which makes all the difference.", themes("pos")),
    # nothing about the role
    ("I work term time only so can't comment on the summer.", themes()),
    ("Patients with long-term pain are my biggest group at the moment.", themes()),
    ("I'm also a qualified yoga teacher and bring that into some sessions.", themes()),
    ("Answered in previous question.", themes()),
    ("Nope.", themes()),
    # several themes
    (
        "I'm the only SPLW for a rural PCN; no peers, no admin help, and patients can't get to groups because "
        "there's one bus a day.",
        themes("sup", "staff", "comm"),
    ),
    (
        "Our practice manager is brilliant and includes us in everything, but the ICB reporting template changes "
        "every quarter and the MYCAW data never gets looked at.",
        themes("pos", "out"),
    ),
    ("Three years in and I'm still the only one who doesn't have a work laptop.", themes("it")),
    (
        "I'd really value proper training in trauma-informed practice, and some clinical supervision to go with it.",
        themes("train", "sup"),
    ),
    ("The nurses think social prescribing means handing out leaflets.", themes("clin")),
    (
        "We hold people on our caseload for months because the counselling waiting list is 18 months.",
        themes("comm", "refer"),
    ),
]


# Written by an engineer who had not seen the rules, the tests or the dev set (only ../shared/codebook.md),
# labelled before the first run.
HOLDOUT_9: list[tuple[str, frozenset[str]]] = [
    # --- non-responses of varied forms (no themes) ---
    ("n/a", themes()),
    ("No", themes()),
    ("-", themes()),
    ("nothing to add thanks", themes()),
    ("See above", themes()),
    ("N/A.", themes()),
    ("no not really", themes()),
    (".", themes()),
    # --- third-question thanks only (says nothing of substance: no themes) ---
    ("Thank you for asking our views", themes()),
    # --- one-word / fragment answers ---
    ("Smartcard!!", themes("it")),
    ("more LWs", themes("staff")),
    ("proper supervision", themes("sup")),
    ("training budget", themes("train")),
    ("Remote access. Can't do anything from home.", themes("it")),
    ("a career path that actually goes somewhere", themes("career")),
    ("burnt out tbh", themes("well")),
    ("love my job", themes("pos")),
    ("ONS4 is pointless", themes("out")),
    # --- lists ---
    ("1. EMIS access from home 2. a laptop that works 3. admin support", themes("it", "staff")),
    ("- More training on mental health\n- Clinical supervision that's actually clinical\n"
     "- Banding that reflects what we actually do (Band 4 doesn't cut it)", themes("train", "sup", "pay")),
    ("Challenges: * referrals that are really for the crisis team * no groups left locally since "
     "the council cut funding * waiting lists for counselling 6 months+", themes("refer", "comm")),
    ("For me the biggest challenges are 1) no access to the clinical record, I have to email the GP "
     "to add anything, 2) no laptop, I use my own phone for patient calls which I'm not comfortable "
     "with, and 3) I get no CPD budget whatsoever. Its a lot.", themes("it", "train")),
    # --- formal / HR-speak ---
    ("It would be beneficial for the PCN to establish a clear competency framework with defined "
     "progression routes to Senior Link Worker and Lead roles, as currently there is no structured "
     "pathway beyond Band 4.", themes("career")),
    ("The fixed-term nature of ARRS-funded contracts under the Network DES creates considerable "
     "uncertainty for staff retention and service continuity. A commitment to recurrent funding "
     "would be welcomed.", themes("pay")),
    ("As a Social Prescribing Lead, I would highlight that the reporting requirements placed on the "
     "team (monthly KPIs, the Information Standard, WEMWBS pre and post) are disproportionate and "
     "take time away from patient contact.", themes("out")),
    ("Greater recognition of the role within the multidisciplinary team would improve integration. "
     "Clinical colleagues are not always aware of the scope of social prescribing and this results "
     "in referrals that are better suited to other services.", themes("clin", "refer")),
    ("We are commissioned through a charity and the contract goes out to tender every two years. "
     "Each time there is significant anxiety as to whether staff will TUPE across or be made "
     "redundant.", themes("pay")),
    # --- angry ---
    ("Im sick to death of being treated like the receptionists overflow. I am not there to chase "
     "prescriptions or ring patients about flu jabs!!! Nobody in the practice has a clue what I "
     "actually do", themes("clin")),
    ("Paid peanuts, contract ends in March and nobody will tell us if its being renewed. "
     "Disgraceful way to treat staff.", themes("pay")),
    ("GPs referring people who are actively suicidal to me. I'm not a mental health nurse. It's "
     "dangerous and one day something will go badly wrong. They clearly don't understand what the "
     "role is.", themes("refer", "clin")),
    ("Absolutely NO ONE checks in on us. Ive had one supervision session in 18 months. Its a joke",
     themes("sup")),
    ("The housing referrals are beyond me. I'm not a housing officer, I can't fix someone being "
     "made homeless on a Friday afternoon.", themes("refer")),
    # --- weary ---
    ("Honestly just tired. Caseload of 90+, three surgeries, and every week there's another thing "
     "to record. I go home and can't switch off.", themes("staff", "out", "well")),
    ("I'm on my second bout of sick leave this year with stress. The stuff people tell us stays "
     "with you and there's nothing in place to offload it, no debrief, nothing.", themes("well", "sup")),
    ("It's the emotional stuff. You hear things you can't unhear.", themes("well")),
    ("Data, data, data. Every month another spreadsheet.", themes("out")),
    # --- upbeat / mixed upbeat ---
    ("Brilliant team, my GPs are really supportive and actually ask for my input at MDT. Only thing "
     "I'd change is getting proper access to SystmOne as I still have to ask the HCA to add notes "
     "for me.", themes("pos", "it")),
    ("Really rewarding role. Would love the chance to do a level 3 counselling skills course if "
     "there was funding for it", themes("pos", "train")),
    ("Our team is fab. Honestly the best job I've had. Just wish there was a way to move up without "
     "leaving.", themes("pos", "career")),
    # --- regional / colloquial ---
    ("its a reet struggle getting folk to groups when theres no bus past 6 and half the villages "
     "have nowt anyway", themes("comm")),
    ("Wee bit more money wouldnae go amiss, the cost of living's crippling and we're on the same as "
     "a shelf stacker", themes("pay")),
    ("ave bin doin this 4 yr now n still same band same job nowhere to go, might av to leave",
     themes("career")),
    ("Proper knackered me duck. Too many patients not enough of us", themes("well", "staff")),
    # --- typos / missing punctuation ---
    ("need trainning on emis and snomed codes nobody showed me how to code anything when i started",
     themes("it")),
    ("the wemwbs is to long for most of my patients they get fed up half way throuhg and i dont "
     "know what to put", themes("out")),
    ("more peer suport would be good we are all working in silo's", themes("sup")),
    ("too many practises im spread across 4 and cant build relationships with any of them so the "
     "gps never really get what im for", themes("staff", "clin")),
    # --- theme word present but answer is about something else ---
    ("I did my training as a nurse years ago so the clinical side is fine, what I struggle with is "
     "the amount of people coming through with debt and eviction notices expecting me to sort it",
     themes("refer")),
    ("IT isn't the issue for me, we've got EMIS and smartcards sorted. The problem is the practice "
     "manager sees me as spare admin cover whenever someone is off.", themes("clin")),
    ("The patients I see are often burnt out carers who've had no break in years. Respite is like "
     "gold dust round here.", themes("comm")),
    ("Pay is ok for what it is. What gets me is the 3 month wait for talking therapies and the food "
     "bank only being open one morning a week.", themes("comm")),
    ("Career-wise I'm not bothered, I'm near retirement. I'd just like the data side to be simpler "
     "- we record the same thing in three places.", themes("out")),
    ("Safeguarding training is the one thing I'd ask for, level 3, our PCN only funds level 1 for "
     "non-clinical staff.", themes("train")),
    ("Band 4 for what is essentially a caseload-holding role managing risk. Pay should reflect the "
     "responsibility, and there's nowhere to go above it either.", themes("pay", "career")),
    # --- patients' problems only (not a link-worker theme) ---
    ("Loneliness is the biggest thing I see. So many older people who haven't spoken to anyone in "
     "days.", themes()),
    ("Patients struggling with cost of living, energy bills, can't afford to heat their homes.",
     themes()),
    # --- praise one thing, complain about another ---
    ("My manager is great and I get monthly supervision, no complaints there. The hard bit is the "
     "emotional weight of some of the stories, bereavement especially, it does take its toll.",
     themes("pos", "well")),
    ("The VCSE sector here is amazing, so many good groups. But I'm on a 12-month contract through "
     "the council and have no idea if I'll have a job next April.", themes("pos", "pay")),
    ("GPs are lovely people and supportive in their way but they just don't get what social "
     "prescribing is, they think I'm a benefits advisor", themes("pos", "clin")),
    ("Great peer network through the regional SPLW forum, keeps me sane. The ARRS funding though, "
     "nobody knows what happens after 2025/26", themes("pos", "pay")),
    ("I enjoy the patient contact side but the paperwork is relentless, MYCAW, case studies, "
     "quarterly returns to the PCN", themes("pos", "out")),
    # --- hedged ---
    ("Maybe some kind of progression? Not sure what that would look like, a senior LW role perhaps",
     themes("career")),
    ("Not sure if this is the right place but I'd probably benefit from some training in working "
     "with people with autism", themes("train")),
    ("I think possibly more admin support? I spend a lot of time booking rooms and chasing things",
     themes("staff")),
    ("Not sure it's a big issue but sometimes I feel a bit on my own, I'm the only LW in the PCN",
     themes("sup")),
    ("Would be good to have a senior link worker to go to with complex cases, at the minute it's "
     "just me and google", themes("sup")),
    # --- long and rambling, several themes ---
    ("Where do I start. I cover 5 practices across 2 towns which means I'm in the car half the day "
     "and I can't log into two of them because they're on SystmOne and my card hasn't been set up. "
     "My caseload is about 70 and there's a waiting list of 6 weeks just to see me. On top of that "
     "the groups I used to refer into have mostly closed since the lottery funding ended. I'm "
     "exhausted and don't know how much longer I can keep doing this.", themes("staff", "it", "comm", "well")),
    ("Our PCN clinical director is supportive which helps. But there's no clinical supervision for "
     "us at all, we just debrief in the car park. The training offer is basically nil - the PCN "
     "won't pay for anything, not even the NASP courses. And we're on Band 4 with no prospect of "
     "anything higher.", themes("pos", "sup", "train", "career")),
    ("The role has drifted massively since I started. It was meant to be about what matters to you "
     "conversations, now I get referrals for housing disrepair, domestic abuse, people in active "
     "addiction, and the GPs think because I'm there I can pick it all up. I've raised it with my "
     "manager but she's covering 3 teams and I barely get any time with her. Honestly it's "
     "affecting my sleep.", themes("refer", "clin", "sup", "well")),
    ("Anything else: I'd like NHSE to know that social prescribing works, I see it every day. But we "
     "can't evidence it because the tools you make us use don't capture what changes for people, "
     "and half the VCSE orgs we refer into are closing because their funding got cut. Fund the "
     "community side or there's nothing to prescribe.", themes("pos", "out", "comm")),
    # --- plain single-theme statements, mixed registers ---
    ("We need a national framework for progression like physios and pharmacists have", themes("career")),
    ("Link workers should be trained in trauma-informed practice as standard, it should be part of "
     "induction.", themes("train")),
    ("More link workers. There's 2 of us for 60,000 patients.", themes("staff")),
    ("The practice nurses still don't know I exist half the time. A bit of promotion of the role "
     "from NHSE would go a long way.", themes("clin")),
    ("Access to SystmOne please, I can't see bloods or letters so I go in blind", themes("it")),
    ("Patients waiting 18 months for a mental health assessment end up with me as a stopgap",
     themes("refer", "comm")),
    ("there's no way to show commissioners the impact, we've got nothing beyond numbers seen",
     themes("out")),
    ("Role creep is real. I've ended up doing PIP forms, benefit appeals, the lot.", themes("refer")),
    ("Rural patch, no public transport to speak of, and half the services on the DoS have closed "
     "anyway.", themes("comm")),
    ("The consultants and hospital discharge teams send us people expecting us to arrange care "
     "packages. Wider NHS has no idea what SPLWs are for.", themes("refer", "clin")),
]


# Written blind like HOLDOUT_9, by another engineer; labelled before the first run.
HOLDOUT_10: list[tuple[str, frozenset[str]]] = [
    # very short answers
    ("More training on mental health first aid.", themes("train")),
    ("less reporting!!", themes("out")),
    ("a senior post to aim for", themes("career")),
    ("Access to SystmOne", themes("it")),
    ("I love my job", themes("pos")),
    ("Im knackered. Thats it really.", themes("well")),
    ("More link workers and less time on stats", themes("staff", "out")),
    # non-responses of varied forms
    ("n/a", themes()),
    ("No", themes()),
    ("Nothing further to add at this time, thank you.", themes()),
    ("-", themes()),
    ("See previous answer", themes()),
    ("N/A covered above", themes()),
    ("no comment", themes()),
    ("I've said everything I wanted to in the other boxes, thanks", themes()),
    # substantive answers that no theme fits
    (
        "This survey took me about 40 minutes. Could it be shorter next year? Some of the questions didn't "
        "really apply to those of us employed by the voluntary sector.",
        themes(),
    ),
    (
        "Most of the young people referred to me are 13-16, lots of anxiety and school refusal, and often the "
        "parents need as much support as the child does. I end up doing a lot of my work with the whole family "
        "rather than just the young person.",
        themes(),
    ),
    # numbers and specifics
    (
        "Caseload is currently 87 open clients and I'm 0.8 WTE (30 hrs). We get 25-30 new referrals a month and "
        "our waiting list is sitting at 9 weeks. We need at least one more link worker in the PCN, probably "
        "two.",
        themes("staff"),
    ),
    (
        "Band 4 for 4 years. I have a degree and a level 3 in counselling, and I hold a caseload that includes "
        "people with suicidal thoughts, debt and housing crisis, the same as the band 6 mental health "
        "practitioner down the corridor. The pay doesn't reflect that and there is nowhere to go above band 4 "
        "in our PCN - no senior role exists.",
        themes("pay", "career"),
    ),
    (
        "ARRS funding only confirmed to March. We found out in February whether we'd have jobs in April. Third "
        "year running. Another 12 month fixed term contract.",
        themes("pay"),
    ),
    (
        "The waiting list for the local counselling service is 26 weeks, the befriending service has closed its "
        "list, and the only bus from the villages into town runs twice a day. I can't refer people to things "
        "that don't exist.",
        themes("comm"),
    ),
    (
        "We complete ONS4 at first and last contact, WEMWBS for anyone on the MH pathway, plus the quarterly "
        "return to the ICB which is a spreadsheet with 14 tabs. I reckon I spend a day a week on data. Half my "
        "patients find the questions intrusive at a first appointment.",
        themes("out"),
    ),
    ("Burnt out. 120 on caseload, no cover when I'm on leave, come back to 40 new referrals.", themes("well", "staff")),
    # naming specific tools and systems
    (
        "I'm on EMIS but read-only. I can't book into my own clinic, can't add a SNOMED code, and have to email "
        "reception on NHS mail to get anything added to the record. It took 5 months to get my smartcard.",
        themes("it"),
    ),
    (
        "Our VCSE uses Elemental for case management and the practices are on SystmOne, and they don't talk to "
        "each other so everything gets typed twice. Some training on SystmOne would help as well, I was never "
        "shown how to use tasks properly.",
        themes("it"),
    ),
    (
        "Joy is fine as a directory but the outcomes side is clunky and the MYCaW scores don't export properly, "
        "so I end up doing our monthly stats by hand in Excel.",
        themes("out"),
    ),
    (
        "Accurx has been a game changer for me, I can text patients and send them links to groups. My practice "
        "manager got me set up with it in my first week.",
        themes("pos"),
    ),
    (
        "A laptop that works off site. I do home visits and run groups in the community but can't get into "
        "anything remotely, so I have to come back to the surgery to type up notes at 5pm.",
        themes("it"),
    ),
    (
        "The DoS is out of date - half the services on it have closed since covid and nothing has replaced "
        "them.",
        themes("comm"),
    ),
    (
        "I'm employed by the mental health trust and based in the CMHT. I have RiO but not EMIS so I can't see "
        "what the GP has done or write anything back to them. Access to both would help.",
        themes("it"),
    ),
    (
        "The SNOMED codes are confusing and nobody has ever trained us on them. I don't know if I'm coding "
        "'referral to social prescribing service' and 'declined' properly, which then messes up the reports the "
        "PCN sends off.",
        themes("it", "out"),
    ),
    (
        "We need a national outcome framework that everyone uses. Some PCNs use ONS4, some WEMWBS, some MYCaW, "
        "some nothing at all, so nobody can compare anything.",
        themes("out"),
    ),
    # long answers mixing several themes
    (
        "Where to start. I cover 3 practices (about 38,000 patients) on my own since my colleague left in the "
        "summer and wasn't replaced. The GPs send me everyone they don't know what to do with, including people "
        "who are actively suicidal or being evicted next week, which is not what I'm trained for. I get no "
        "clinical supervision - my line manager is the PCN business manager who is lovely but has no idea what "
        "the job involves. I'm exhausted and I've already been signed off once this year.",
        themes("staff", "clin", "refer", "sup", "well"),
    ),
    (
        "The role is brilliant when it's done properly. I get to spend an hour with someone and actually help "
        "them. But the funding for the things I refer into is disappearing - our Age UK lost its lunch club and "
        "the men's shed is run by two volunteers in their eighties. And I'm on a one year contract so I can't "
        "even promise patients I'll still be here in the spring.",
        themes("pos", "comm", "pay"),
    ),
    (
        "Training. We had a 2 day induction that was mostly fire safety and IG. Nothing on motivational "
        "interviewing, nothing on benefits, nothing on trauma informed practice. I've asked to do the "
        "Personalised Care Institute courses but there's no budget and no time to do them in work hours. The "
        "CPD the ICB puts on is always at 1pm on a weekday when I'm running groups.",
        themes("train"),
    ),
    (
        "Peer support from other link workers across the ICB is what has kept me going. Our monthly network "
        "meeting is brilliant. I wish we had the same in the PCN though - I'm the only non-clinical person in "
        "the team and it can feel very lonely.",
        themes("pos", "sup"),
    ),
    (
        "I work for a housing association that hosts the SPLW service for a PCN in Newcastle. We were one of "
        "the first to start back in 2019. Back then we had a clear remit and a good relationship with the "
        "practices.\n\nSince then the PCN has grown to 7 practices and there are still only 3 of us. The "
        "practices have had so much staff turnover that nobody remembers what we're for, and new GPs refer for "
        "things like 'needs a cleaner'. We spend half our time explaining the service.",
        themes("staff", "clin"),
    ),
    (
        "I'd say we need more link workers, more training and more money, in that order. I'm in a PCN of 52,000 "
        "patients with 2 of us. I've done no training since my induction 18 months ago. And band 4 is not "
        "enough when you're sitting with someone who's just told you about being abused as a child. That stays "
        "with you and I'm not sure how much longer I can do it.",
        themes("staff", "train", "pay", "well"),
    ),
    (
        "Five years in. I've watched three colleagues leave for better paid jobs in the council and the "
        "hospital because there was no way up here. Still no senior post, still no band 5. Meanwhile the "
        "caseload has doubled and the referrals get more complicated every year - last week I had a referral "
        "for a man who'd just been released from prison with nowhere to live.",
        themes("career", "staff", "refer"),
    ),
    # advice to NHS England
    (
        "My advice to NHS England: stop asking us to prove our worth with numbers. A WEMWBS score going up by 3 "
        "points doesn't capture that Mrs X has left the house for the first time in two years. Fund proper "
        "evaluation by researchers instead of expecting link workers to do it on top of everything else.",
        themes("out"),
    ),
    (
        "NHSE should create a career framework - trainee, link worker, senior, lead - with clear competencies "
        "at each level. Without it people leave after 2 years because there's nowhere to go.",
        themes("career"),
    ),
    (
        "If NHSE want GPs to use us properly there should be something in GP training and in practice "
        "inductions explaining what social prescribing is and what it isn't. Half the locums have never heard "
        "of us.",
        themes("clin"),
    ),
    # paragraphs of context before the point
    (
        "I came into this from 15 years in the probation service, so I'm used to complex people and I'm used to "
        "pressure. I took a pay cut to do it because I believed in the idea of giving people time. I've been "
        "doing it nearly three years now across two PCNs in the Black Country.\n\nWhat would help me most is "
        "being line managed by someone who understands social prescribing. My manager is a practice manager who "
        "sees me as an extra pair of hands for reception. Last month I was asked to cover the phones during flu "
        "clinic.",
        themes("sup", "clin"),
    ),
    (
        "We're a small VCSE hosting 4 link workers for the PCN on a subcontract. The contract is renewed every "
        "year and this year it was signed 2 days before it was due to end, so all four of us had been given "
        "at-risk letters. Two of my colleagues have already found other jobs. If the PCN won't commit to more "
        "than 12 months at a time they will lose everyone with experience.",
        themes("pay"),
    ),
    (
        "I'm 52 and came into this as a second career after being made redundant from retail management. I love "
        "the work. But I'd like some sense that there's a future in it - a senior role, a specialist route, "
        "anything. At the moment it feels like you do this job until you get fed up and then you leave.",
        themes("pos", "career"),
    ),
    # ambivalent answers
    (
        "Mixed feelings honestly. Some days I go home buzzing because someone has joined a walking group and "
        "made friends. Other days I go home and can't stop thinking about the lady whose son is using and who "
        "has nowhere to go. I don't know if I'll still be doing this in a year.",
        themes("pos", "well"),
    ),
    ("It's alright. The team's fine. Pay could be better but I knew that when I took it on.", themes("pos", "pay")),
    (
        "I like the patients and I like the work but I'm not sure the PCN knows what to do with me. I've been "
        "here 8 months and some days I still don't have a room.",
        themes("pos", "clin"),
    ),
    (
        "Not sure this is the right box but the biggest thing for me is the data. We're asked for case studies "
        "every quarter on top of the numbers and writing them properly takes hours. I think case studies are "
        "valuable, just not when they're a tick box exercise.",
        themes("out"),
    ),
    # answers that begin by answering a different question
    (
        "Yes, I would recommend the role to a friend. What would help though is proper clinical supervision "
        "with someone qualified, not just a catch up about numbers.",
        themes("pos", "sup"),
    ),
    (
        "I work 4 days a week across 2 practices, been in post about a year. The biggest challenge is GPs "
        "referring people who need a CPN, people with severe and enduring mental illness. I'm not the right "
        "person for them and I know it.",
        themes("refer"),
    ),
    # mostly about the patients' lives
    (
        "So many of the people I see are in work but can't afford to heat their homes. One man I saw last week "
        "was sleeping in his coat. The food bank only opens on Tuesdays and the warm space at the library shut "
        "in March when its funding ran out. I can give him time but I can't give him money.",
        themes("comm"),
    ),
    (
        "Loneliness in older people is huge down here (rural Cornwall). People can't get to anything because "
        "the buses have been cut - one of my patients would need two buses and 3 hours to get to a one hour "
        "group.",
        themes("comm"),
    ),
    (
        "The patients I see now are much more complex than when I started. It used to be loneliness, now it's "
        "eviction notices, benefit sanctions, domestic abuse, drug use. We're not commissioned for that and "
        "there's nowhere to pass them on to.",
        themes("refer", "comm"),
    ),
    # PCN or host organisation management
    (
        "The PCN clinical director changed last year and the new one doesn't see the point of social "
        "prescribing. Our hours have been cut from 37.5 to 30 and he's talked about replacing us with care "
        "coordinators.",
        themes("clin", "pay"),
    ),
    (
        "Our host organisation (the local authority) and the PCN argue about who's responsible for us. I've had "
        "3 different line managers in 18 months and nobody has done my appraisal.",
        themes("sup"),
    ),
    (
        "Link workers should be invited to PCN meetings. We're never included in the MDT even when we know the "
        "patient better than anyone.",
        themes("clin"),
    ),
    # specialist and senior posts
    (
        "As a CYP link worker I'm the only one in the ICB. There's no one to talk to about safeguarding worries "
        "with under 16s, no specialist supervision, and all the training I was given was geared to adults.",
        themes("sup", "train"),
    ),
    (
        "I'm on the green social prescribing programme and the funding ends in March. The nature groups I've "
        "helped to set up will probably fold without it, and nobody has told me whether my post continues.",
        themes("pay", "comm"),
    ),
    (
        "Cost of living link worker, funded by the council. Half my day is helping people with PIP forms and "
        "debt, and I'm not a debt adviser so I worry I'll get it wrong. Citizens Advice has a 6 week wait for "
        "an appointment so there's nowhere to send them quickly.",
        themes("refer", "comm"),
    ),
    (
        "As senior link worker I manage 6 LWs and hold my own caseload. I don't have time to do either "
        "properly. The senior role was created without any extra pay - it's a 'responsibility' on the same "
        "band.",
        themes("staff", "pay"),
    ),
    (
        "Team lead for 9 link workers. What I worry about most is the team's wellbeing. Two have been off with "
        "stress this year. They carry really heavy stuff home - suicides, bereavements, domestic abuse - and "
        "there's no funded clinical supervision for them.",
        themes("well", "sup"),
    ),
    (
        "I'm a coordinator not a link worker but I support the team. We badly need an admin person. The link "
        "workers do all their own booking, letters and chasing and it eats about 30% of their time.",
        themes("staff"),
    ),
    # low literacy / informal
    (
        "gps dont no what we do. they think were there to sort housing and benifits. i had one send me a pt "
        "with psychosis last week",
        themes("clin", "refer"),
    ),
    (
        "the training is rubbish tbh, its all online modules, would like face to face and shadowing someone "
        "experianced",
        themes("train"),
    ),
    ("i feel very alone in this job no one to talk to when it gets hard", themes("sup")),
    ("been 5 yrs in post still band 4 no senior posts anywhere near me. dead end", themes("career")),
    # plain answers, mostly single-theme
    (
        "Would like to do a level 5 in health and social care or a coaching qualification but the PCN won't "
        "fund it.",
        themes("train"),
    ),
    (
        "Honestly the best job I've had. The GPs refer appropriately, the practice treats me as part of the "
        "team, and I can see the difference I make.",
        themes("pos"),
    ),
    (
        "Better understanding from the reception staff. They book people in with me for 'prescription query' "
        "and 'blue badge form'.",
        themes("clin"),
    ),
    (
        "My biggest challenge is the emotional side. You hear things every day that stay with you. I've started "
        "having trouble sleeping.",
        themes("well"),
    ),
    (
        "Fix the referral criteria. We're getting people straight out of A&E after an overdose with a note "
        "saying 'please support'. That is a crisis team job.",
        themes("refer"),
    ),
    (
        "I'd like to be able to write directly into the patient record. At the moment I write my notes on paper "
        "and the practice nurse codes them, which is a waste of her time.",
        themes("it"),
    ),
    (
        "Role creep. In inner London half of everyone I see has a housing problem and I've ended up as the "
        "PCN's unofficial housing officer - filling in homelessness applications, chasing the council, even "
        "going to court with people. That isn't social prescribing.",
        themes("refer"),
    ),
    (
        "The GPs I work with are great and really get it. My only gripe is that I still don't have a smartcard "
        "after a year.",
        themes("pos", "it"),
    ),
    ("Protected learning time. The GPs get their TARGET afternoons, we get nothing.", themes("train")),
    (
        "I had vicarious trauma after a patient disclosure last year and had to sort out counselling myself "
        "through the EAP. It still affects me.",
        themes("well"),
    ),
    (
        "There's no recognised qualification for link workers, so my experience doesn't count for anything if I "
        "want to move into another NHS role.",
        themes("career", "train"),
    ),
    (
        "I'm doing a social work degree apprenticeship, partly because there's no way up in social prescribing.",
        themes("career"),
    ),
    (
        "Started in September. Induction was good and my supervisor is lovely. Early days, but what I'm "
        "struggling with is how much there isn't out there - for men under 50 there's basically nothing in our "
        "area.",
        themes("pos", "comm"),
    ),
]


# Written blind like HOLDOUT_9, by a third engineer, mostly short and plain as real survey answers are;
# labelled before the first run.
HOLDOUT_11: list[tuple[str, frozenset[str]]] = [
    # non-responses, varied forms
    ("no", themes()),
    ("N/A", themes()),
    ("Nothing to add", themes()),
    ("as above", themes()),
    ("-", themes()),
    ("No thank you", themes()),
    ("Not at the moment.", themes()),
    ("see previous answer", themes()),
    # substantive but no theme fits
    ("I'm employed by a housing association and based in one practice in Leeds.", themes()),
    # requests, short to two sentences
    (
        "More training on mental health and suicide awareness, we're seeing a lot more people with low mood "
        "since Covid.",
        themes("train"),
    ),
    ("Proper access to SystmOne so I can write my own notes instead of emailing them to a GP to add.", themes("it")),
    ("Permanent contract please!", themes("pay")),
    ("More link workers!!", themes("staff")),
    ("Funding for the VCSE groups we rely on.", themes("comm")),
    (
        "A training budget would be nice. The nurses and pharmacists in the PCN get one and we get nothing",
        themes("train"),
    ),
    (
        "Regular peer support meetings with other SPLWs in the area. I'm the only one in my PCN and it can feel "
        "very isolating.",
        themes("sup"),
    ),
    ("Senior link worker roles so there's something to aim for.", themes("career")),
    (
        "Pay in line with other ARRS roles. Physios and pharmacists have a clear career ladder, we have "
        "nothing.",
        themes("pay", "career"),
    ),
    ("Clear guidance on what counts as an outcome.", themes("out")),
    ("An NHS email and laptop from day one. I waited 4 months.", themes("it")),
    ("More community groups in the evenings for people who work", themes("comm")),
    ("Community transport for patients who can't drive.", themes("comm")),
    ("Training on SNOMED codes for social prescribing", themes("it")),
    ("More link worker forums to share ideas", themes("sup")),
    ("Recognition from the PCN that we're not just signposters.", themes("clin")),
    (
        "CPD on long-term conditions and benefits advice, and a recognised qualification that would actually "
        "count towards moving up.",
        themes("train", "career"),
    ),
    # complaints and concerns, short to two sentences
    ("Clinical supervision. I have none.", themes("sup")),
    (
        "Some GPs still think I'm a receptionist for the food bank. It's better at my main practice but the "
        "others haven't got a clue what I do.",
        themes("clin"),
    ),
    (
        "Caseload is way too big for one person, I've got people waiting weeks for a first appointment and "
        "that's not fair on them.",
        themes("staff"),
    ),
    (
        "Not enough groups locally for men, especially anything that isn't sport. The men's shed has a waiting "
        "list.",
        themes("comm"),
    ),
    ("Burnt out.", themes("well")),
    ("A career pathway. There's nowhere to go after band 5.", themes("career")),
    (
        "We get referrals for people in crisis that should really be going to the mental health team, and I "
        "don't feel safe holding that risk.",
        themes("refer"),
    ),
    (
        "ONS4 feels pointless and patients hate being asked. I'd rather spend the time on a decent case study "
        "that shows what actually changed.",
        themes("out"),
    ),
    (
        "I'm on a fixed-term till March and there's been no word on renewal, so I'm already applying for other "
        "jobs which is a shame because I love it.",
        themes("pay", "pos"),
    ),
    ("Can't code anything myself, have to ask reception to add the SNOMED codes.", themes("it")),
    (
        "Housing and debt referrals that we aren't trained for and shouldn't be dealing with, it's really "
        "Citizens Advice work.",
        themes("refer"),
    ),
    ("Counselling waits are 6 months so people just bounce back to me.", themes("comm")),
    ("I've been off sick with stress twice this year.", themes("well")),
    (
        "I was handed a list of local groups on day one and that was my induction. Some proper training on "
        "things like motivational interviewing would really help.",
        themes("train"),
    ),
    (
        "I work across two PCNs and each one wants different data returns in a different format, so I'm doing "
        "everything twice.",
        themes("out"),
    ),
    ("What happens to our posts if ARRS funding stops?", themes("pay")),
    ("Better understanding from nurses and HCAs about what we can and can't do", themes("clin")),
    ("Patients with severe mental illness needing far more than social prescribing.", themes("refer")),
    ("Vicarious trauma from listening to people's stories all day, nobody talks about it", themes("well")),
    ("I feel like a glorified signposter.", themes("clin")),
    ("The job keeps growing: cost of living, carers, frailty, now weight management.", themes("refer")),
    ("Our clinical director wants numbers every week. Outcomes don't work like that.", themes("out")),
    ("I'm part-time (22.5 hrs) but the caseload is set as if I'm full time", themes("staff")),
    # praise, short
    ("Honestly the best job I've had.", themes("pos")),
    (
        "The GPs I work with are brilliant and really back me, I get a lot of freedom to shape the service how "
        "I want.",
        themes("pos"),
    ),
    ("Nothing really, I'm happy.", themes("pos")),
    # short lists / mixed, several themes
    ("Too many patients, not enough hours, and I'm running on empty.", themes("staff", "well")),
    ("Low pay, no progression, no supervision. Why would anyone stay?", themes("pay", "career", "sup")),
    ("More training and a clear pathway to band 5/6", themes("train", "career")),
    ("Love the patients, hate the data returns", themes("pos", "out")),
    ("It's a rewarding job, I just wish it paid more.", themes("pos", "pay")),
    ("Stressful, under-resourced, badly paid.", themes("well", "staff", "pay")),
    # one or two sentences, single theme
    (
        "The practice manager uses me to chase DNAs and do admin jobs. That's not what social prescribing is.",
        themes("clin"),
    ),
    (
        "Our local voluntary sector has been gutted by cuts, half the groups I used to refer to have closed.",
        themes("comm"),
    ),
    (
        "It's a dead end. I've been doing this 5 years and I'm on the same band as someone who started last "
        "week.",
        themes("career"),
    ),
    ("I'm exhausted. Every day is firefighting and I go home and can't switch off.", themes("well")),
    (
        "Our PCN has started a monthly peer session for all the ARRS roles and it has made such a difference.",
        themes("pos"),
    ),
    (
        "Would be good to have EMIS access from home on my admin day, at the moment I have to go in just to "
        "write up notes.",
        themes("it"),
    ),
    # one or two sentences, mixed / several themes
    (
        "Can't see hospital letters on the system, and the outcome tool we use doesn't link to EMIS so I'm "
        "entering everything twice.",
        themes("it", "out"),
    ),
    (
        "Good team around me, but the workload has doubled since we lost a link worker and weren't allowed to "
        "replace him.",
        themes("pos", "staff"),
    ),
    (
        "Referrals are getting more complex - homelessness, safeguarding, severe mental health - and I'm taking "
        "it home with me.",
        themes("refer", "well"),
    ),
    (
        "Practice staff see us as a dumping ground for anything social. I feel undervalued and stressed.",
        themes("clin", "well"),
    ),
    (
        "Working for the local authority means no smartcard, not invited to practice meetings, nobody knows who "
        "I am.",
        themes("it", "clin"),
    ),
    (
        "Proper safeguarding training please - I get referrals with safeguarding concerns and don't feel "
        "equipped.",
        themes("train", "refer"),
    ),
    (
        "My manager is brilliant but she's in a different building and I rarely see her. Some days I don't "
        "speak to another colleague.",
        themes("pos", "sup"),
    ),
    ("Somewhere to offload after difficult calls, some of it really stays with me.", themes("sup", "well")),
    (
        "Rural area, no buses after 4pm, so half my patients can't get to the things I find for them. We need "
        "more link workers too, I cover 5 villages on my own.",
        themes("comm", "staff"),
    ),
    # long answers
    (
        "I came from the police after 25 years so I'm used to pressure, but this is different. I cover three "
        "practices, my caseload is over 60 and I'm getting referrals for people who are actively suicidal or in "
        "domestic abuse situations because there's nowhere else for them. I don't get any clinical supervision, "
        "just a monthly catch-up with a manager who is mainly interested in numbers. Not sure how much longer I "
        "can keep going.",
        themes("staff", "refer", "sup", "well"),
    ),
    (
        "I absolutely love this job and the difference it makes. But I'm on a fixed-term contract through a "
        "VCSE that ends in March, the PCN hasn't said whether the ARRS money will continue, and I've got a "
        "mortgage. Several colleagues have already left for permanent NHS jobs. It feels like we're treated as "
        "disposable.",
        themes("pos", "pay"),
    ),
    (
        "Things that would help: access to SystmOne with write rights, a work phone, a training budget, regular "
        "supervision, a simpler way to record outcomes, and a clearer idea of what the PCN actually wants from "
        "us because at the moment I'm guessing.",
        themes("it", "train", "sup", "out"),
    ),
    (
        "I've been a link worker since 2019 when the ARRS roles started. In that time the job has changed "
        "massively - we used to be about connecting people to their community, now I'm doing benefits forms, "
        "housing applications and chasing the council because there's no one else. The community offer here has "
        "shrunk because the groups lost their funding, so even when I get the right patients there's less to "
        "send them to. We need investment in the VCSE, not just more link workers.",
        themes("refer", "comm"),
    ),
    (
        "Recording outcomes is a nightmare. We're asked to do ONS4 at first and last contact, but people are "
        "often in crisis at the first appointment and it feels insensitive, and half of them disengage before "
        "the last one so the data is meaningless. Then we're told to write case studies on top. I understand "
        "commissioners want evidence but there has to be a better way.",
        themes("out"),
    ),
    (
        "I was a primary school teacher before this. I'd like a proper progression route, maybe senior link "
        "worker or team lead posts, and I'd happily do a qualification to get there. Right now there's nowhere "
        "to go unless I leave social prescribing altogether.",
        themes("career", "train"),
    ),
    (
        "Most of the GPs are fine now but it took two years for them to stop sending me people who just needed "
        "a medication review. Some of the newer salaried GPs still think I'm a counsellor. Regular slots at "
        "practice meetings to explain what we actually do would help.",
        themes("clin"),
    ),
]


# Written blind like HOLDOUT_9, by a fourth engineer, about 27 answers to each of the three questions in turn;
# labelled before the first run.
HOLDOUT_12: list[tuple[str, frozenset[str]]] = [
    # Q1: "What would help you in your role?"
    (
        "Proper access to SystmOne so I can write my own notes, and some actual training on it rather than "
        "being shown once by a receptionist.",
        themes("it"),
    ),
    (
        "More link workers. I cover four practices on my own and the waiting list is nearly three months.",
        themes("staff"),
    ),
    ("A clear career pathway - senior link worker or team lead roles that actually exist.", themes("career")),
    ("Regular clinical supervision with someone who understands the emotional side of this work.", themes("sup")),
    (
        "If the GPs knew what we actually do. Half of them still think I'm there to book taxis and fill in "
        "forms.",
        themes("clin"),
    ),
    (
        "Funded training in mental health first aid and trauma-informed practice, and the time to actually do "
        "it.",
        themes("train"),
    ),
    (
        "A permanent contract. Mine is renewed every year and I never know until March whether I still have a "
        "job.",
        themes("pay"),
    ),
    (
        "Money going into the local groups we refer to. There's no point me seeing people if the walking group "
        "and the befriending service have folded.",
        themes("comm"),
    ),
    (
        "Clearer referral criteria so we stop getting people in acute crisis who need the crisis team, not a "
        "link worker.",
        themes("refer"),
    ),
    (
        "One simple outcome tool that everyone uses, instead of three different spreadsheets and the ONS4 on "
        "top.",
        themes("out"),
    ),
    ("Pay that reflects the responsibility we carry, and a band 5 or 6 role to aim for.", themes("pay", "career")),
    ("n/a", themes()),
    (
        "Peer support - a network of other link workers in the area to meet monthly, maybe with some joint "
        "training sessions. I'm the only one in my PCN and it can feel very lonely.",
        themes("sup", "train"),
    ),
    (
        "A laptop I can take out on home visits and remote access to EMIS. At the moment I write everything on "
        "paper and type it up later.",
        themes("it"),
    ),
    (
        "Admin support so I'm not spending half my day chasing letters and booking rooms, and protected time "
        "for training.",
        themes("staff", "train"),
    ),
    (
        "Honestly, fewer patients. Time to actually listen to people rather than rushing them through in half "
        "an hour. And a work phone and laptop so I'm not using my own.",
        themes("staff", "it"),
    ),
    ("A room. And for reception to stop telling patients I'm a counsellor.", themes("clin")),
    ("Training on SNOMED codes in SystmOne - nobody has ever shown me how to code my work properly.", themes("it")),
    (
        "More time with my line manager. We get 15 minutes a month if I'm lucky, and I'm worn out from carrying "
        "everything on my own.",
        themes("sup", "well"),
    ),
    (
        "Recognition from the clinical director that social prescribing is a proper role and not a nice extra, "
        "and help to show our impact in a way they take seriously.",
        themes("clin", "out"),
    ),
    (
        "Investment in transport for rural patients. Lots of them can't get to groups in town without a car.",
        themes("comm"),
    ),
    ("Stopping the drift of housing, debt and benefits casework onto us. We aren't advice workers.", themes("refer")),
    (
        "A recognised qualification for link workers, with a career structure above it so there's somewhere to "
        "go after a few years.",
        themes("train", "career"),
    ),
    ("Not sure really.", themes()),
    (
        "Less reporting. I spend more time on the monthly data return and case studies than I do with some "
        "patients. And some acknowledgement that this is a stressful job - I'm running on empty.",
        themes("out", "well"),
    ),
    (
        "Secure funding beyond March so our VCSE host can plan ahead, and so the groups we refer to stop "
        "disappearing.",
        themes("pay", "comm"),
    ),
    (
        "Having GPs who actually read what we send them and a practice team that includes us in meetings rather "
        "than treating us as an add-on. I'd also really value a buddy or mentor system for new starters, "
        "because when I started I had no one to ask and no idea whether I was doing it right.",
        themes("clin", "sup"),
    ),
    # Q2: "What are the biggest challenges you face in your role?"
    ("Caseload. Far too many referrals for one person.", themes("staff")),
    (
        "Being seen as admin by the practice. I get asked to sort fit notes and chase prescriptions, and yet "
        "they won't give me a login so I can't even do that properly.",
        themes("clin", "it"),
    ),
    (
        "Referrals for people who are actively suicidal or have serious safeguarding issues that really should "
        "be with mental health services.",
        themes("refer"),
    ),
    ("No access to the clinical system at the hub, so I can't see what the GP has written.", themes("it")),
    (
        "Lack of services to refer to. Waiting lists for counselling are over a year and the local debt advice "
        "service has closed.",
        themes("comm"),
    ),
    (
        "Burnout. Hearing people's trauma all day and no clinical supervision to offload any of it.",
        themes("well", "sup"),
    ),
    (
        "Fixed term contract ends in six months and the ARRS funding hasn't been confirmed. Hard to plan or "
        "commit to patients long term.",
        themes("pay"),
    ),
    (
        "Working alone. There are no other link workers in my organisation and my manager is the practice "
        "manager, who doesn't really get the role.",
        themes("sup", "clin"),
    ),
    (
        "Measuring impact. Commissioners want numbers, but the things that matter to patients don't fit on a "
        "WEMWBS score.",
        themes("out"),
    ),
    ("No career progression - I've been on the same band for five years with nowhere to move up to.", themes("career")),
    (
        "Too many practices to cover and not enough hours. My hours were cut from 37.5 to 30 last year but the "
        "caseload stayed the same.",
        themes("staff"),
    ),
    ("The GPs here are brilliant and refer well. The challenge is just the sheer volume.", themes("pos", "staff")),
    ("-", themes()),
    (
        "Getting patients to groups when there's no bus after 4pm and half the activities are in the next town.",
        themes("comm"),
    ),
    (
        "Role creep. We're now expected to do health coaching, care coordination and bits of the welfare rights "
        "job as well.",
        themes("refer"),
    ),
    ("The pay. I could earn more stacking shelves, and I have a degree.", themes("pay")),
    (
        "Emotionally draining, especially since the cost of living crisis. Everyone who comes through the door "
        "is desperate, the food bank and debt advice are swamped, so there's nowhere to send them, and I take "
        "it home with me.",
        themes("well", "comm"),
    ),
    ("Lack of training budget. The PCN won't pay for courses and there is no protected CPD time.", themes("train")),
    ("Getting a smartcard took eight months and I still can only read the record, not write to it.", themes("it")),
    (
        "GPs referring anyone they don't know what to do with, including people with really complex needs who "
        "need a social worker or a community mental health team. I've had people referred for 'loneliness' who "
        "turn out to be in a violent relationship. It feels like a dumping ground and when I push back I'm told "
        "I'm being difficult.",
        themes("refer", "clin"),
    ),
    (
        "Recording. Outcomes on paper, then into EMIS, then the VCSE's own database, then the PCN spreadsheet. "
        "The same data four times.",
        themes("out"),
    ),
    ("Nothing springs to mind.", themes()),
    (
        "Isolation and no clinical supervision. I'm dealing with safeguarding on my own with no one to debrief "
        "with, which is very stressful.",
        themes("sup", "well"),
    ),
    (
        "Demand is huge and the waiting list for our service is now 10 weeks. We need at least two more link "
        "workers, and when someone is off sick nobody covers.",
        themes("staff"),
    ),
    (
        "No progression and low pay - experienced link workers keep leaving for better paid roles at the "
        "council.",
        themes("career", "pay"),
    ),
    ("Local VCSE groups losing their grants, so the offer we can make patients shrinks every year.", themes("comm")),
    (
        "Being expected to collect MYCAW scores from people in the middle of a bereavement. It feels wrong and "
        "the forms put them off. We've also never had any real training in using these tools.",
        themes("out", "train"),
    ),
    # Q3: "Is there anything else you would like to tell us?"
    ("No.", themes()),
    ("I love my job. It's the most rewarding thing I've ever done.", themes("pos")),
    ("Thank you for asking. It's rare anyone asks what we think.", themes()),
    (
        "NHS England keeps adding to the role - now it's care coordination too - without funding a single extra "
        "link worker to do it.",
        themes("refer", "staff"),
    ),
    ("This survey is far too long and most of the questions don't apply to VCSE-employed link workers.", themes()),
    (
        "My GPs are fantastic and really support me, but the PCN management don't see the point of social "
        "prescribing and it shows.",
        themes("pos", "clin"),
    ),
    (
        "Please make ARRS funding for our roles recurrent. Every year we go through the same worry about "
        "whether we'll still be here.",
        themes("pay"),
    ),
    ("I'm off sick with stress at the moment, largely because of the job.", themes("well")),
    ("Nothing else, thanks.", themes()),
    (
        "I've been doing this four years and there is still no national framework for progression. Good people "
        "are leaving.",
        themes("career"),
    ),
    (
        "Social prescribing only works if there's something to prescribe. Community services in our area have "
        "been cut to the bone.",
        themes("comm"),
    ),
    ("It's a brilliant role when it's used properly. Too often it isn't.", themes("pos", "clin")),
    ("The data collection is pointless. Nobody ever tells us what happens to it.", themes("out")),
    (
        "Please stop sending us people with severe mental illness and no support from secondary care. We're not "
        "equipped to hold that level of risk.",
        themes("refer"),
    ),
    ("I had no induction at all and have had to teach myself everything.", themes("train")),
    ("See previous answers", themes()),
    (
        "Our team is supportive and we have good supervision through our VCSE host, which makes a huge "
        "difference. Not everyone is so lucky.",
        themes("pos"),
    ),
    (
        "I feel isolated in my practice. I sit in a corridor and nobody speaks to me from one week to the next.",
        themes("sup"),
    ),
    (
        "Being a link worker is the best job I've had, and I'd recommend it to anyone who likes people. But I'm "
        "exhausted. The emotional load is real and nobody talks about it - you sit with someone whose husband "
        "has just died, then someone who's about to be evicted, then someone who hasn't spoken to another "
        "person in a fortnight, and then you're expected to go home and switch off.",
        themes("pos", "well"),
    ),
    (
        "Having access to EMIS would make such a difference. I can't even check whether a patient has a history "
        "of violence before a home visit.",
        themes("it"),
    ),
    (
        "Please listen to us. We're professionals with degrees and years of experience, we're paid less than "
        "the HCA, and there's no ladder to climb.",
        themes("pay", "career"),
    ),
    (
        "The stress of holding referrals that are way beyond social prescribing - people in crisis, domestic "
        "abuse - is what will eventually make me leave.",
        themes("refer", "well"),
    ),
    (
        "I'd like to see proper recognition of what we do from the wider NHS. Nurses and pharmacists still ask "
        "me 'so what is it you actually do?'",
        themes("clin"),
    ),
    ("Not at the moment.", themes()),
    ("Love the patients, love the work. Hate the paperwork and the constant measuring.", themes("pos", "out")),
    (
        "My manager is brilliant and the practice has been really welcoming. I just wish there was more "
        "training available locally, and a route into a senior role.",
        themes("pos", "train", "career"),
    ),
]


# Written blind like HOLDOUT_9, by a fifth engineer, as free text arrives in an export (typed fast, lower case,
# capitals, bullets, typos, shorthand); labelled before the first run.
HOLDOUT_13: list[tuple[str, frozenset[str]]] = [
    # lower-case, no punctuation
    (
        "gps dont really get what we do they think im there to sort out peoples bus passes and blue badge forms",
        themes("clin"),
    ),
    ("more money honestly the band doesnt reflect what we deal with day to day", themes("pay")),
    ("need access to systmone so i can actually see the notes before i ring someone", themes("it")),
    ("theres nowhere to send people in the villages no buses no groups nothing", themes("comm")),
    (
        "too many pts not enough of us and when i do get to see them theres nothing local to refer them on to",
        themes("staff", "comm"),
    ),
    ("i love my job the patients make it worth it", themes("pos")),
    (
        "nobody to talk to after a hard call i just sit in my car for ten minutes and then go to the next one",
        themes("sup", "well"),
    ),
    ("would like proper training on mental health and suicide awareness", themes("train")),
    # ALL CAPS for emphasis
    ("We are NOT a dumping ground for everything the GP doesnt have time for", themes("clin")),
    ("PLEASE sort out the contracts. fixed term AGAIN, renewed in march with 3 weeks notice", themes("pay")),
    ("NO progression. been band 4 for five years with no way up", themes("career")),
    ("MORE LINK WORKERS. simple as that", themes("staff")),
    (
        "The outcome measures take LONGER than the actual conversation with the patient, and then nobody looks "
        "at the data",
        themes("out"),
    ),
    ("referrals for people in active crisis who need the crisis team NOT a social prescriber", themes("refer")),
    # bullet points / numbered lists with line breaks
    ("- access to emis\n- a laptop that works\n- smartcard", themes("it")),
    ("* clinical supervision\n* regular 1:1s with my manager\n* peer group w/ other LWs in the area", themes("sup")),
    ("1) pay\n2) job security\n3) somewhere to progress to", themes("pay", "career")),
    ("- caseload\n- complexity of referrals\n- not enough services to refer on to", themes("staff", "refer", "comm")),
    ("* training budget\n* time to actually do the training\n* a recognised qualification for SPLWs", themes("train")),
    ("- WEMWBS\n- ONS4\n- case studies every month\n- reporting to 3 different people", themes("out")),
    ("1) burnout\n2) burnout\n3) see 1 and 2", themes("well")),
    ("- great team\n- supportive CD\n- flexible working", themes("pos")),
    # run-on sentences joined by commas
    (
        "covering 4 practices across 2 sites, never in one place long enough, pts get passed around, admin "
        "takes half the week, need an admin person",
        themes("staff"),
    ),
    (
        "housing issues, debt, DV disclosures, safeguarding, all landing on me, i'm not trained for this, i'm "
        "meant to be doing social prescribing",
        themes("refer"),
    ),
    (
        "the food bank has closed, the befriending service has a 6 month wait, the mental health charity lost "
        "its funding, where do i send people",
        themes("comm"),
    ),
    (
        "we had a lead SPLW role for a year, then it went, now theres nowhere to go unless you leave and "
        "retrain as something else",
        themes("career"),
    ),
    (
        "i enjoy the work, the people i see are lovely, but the pressure is huge and im exhausted most evenings",
        themes("pos", "well"),
    ),
    (
        "manager is lovely but has no idea about SP, shes a practice manager, no one in the pcn has done this "
        "job, so supervision is basically a chat about annual leave",
        themes("sup", "clin"),
    ),
    # spelling mistakes and autocorrect slips
    (
        "its very stressfull and i dont recieve any support from the practise when things go wrong",
        themes("well", "sup"),
    ),
    (
        "GPs need to recieve training on what we actualy do, there still sending us people for med reviews",
        themes("clin", "refer"),
    ),
    ("there is no cleer pathway for progresion, its a dead end unless you go into managment", themes("career")),
    (
        "the pay is terible for the level of responsability, i earn less than the recepsionists at my surgery",
        themes("pay"),
    ),
    ("cant acess the notes, have to ask the HCA to look things up for me evry time", themes("it")),
    ("would be good to have more oppertunities for CPD and maybe a diploma or simmilar", themes("train")),
    (
        "the data colection is a nightmare, the spreadsheet the PCN wants is diffrent from the one the ICB "
        "wants",
        themes("out"),
    ),
    ("vicarous trauma is real, i hear awful stories every day and take them home with me", themes("well")),
    # abbreviations and shorthand
    ("ARRS funding after march?? no one can tell us if our posts continue", themes("pay")),
    (
        "LW caseload 80+ pts, appts back to back, half of them shouldnt even be SP referrals tbh",
        themes("staff", "refer"),
    ),
    ("need SNOMED training, been coding stuff wrong for months b/c nobody showed me", themes("it")),
    ("MDT meetings are great, GPs ask for my input, feel part of the team", themes("pos")),
    ("CD wants outcomes for the PCN dashboard every wk, MYCAW for every pt etc, tbh it's too much", themes("out")),
    ("imo more peer support w/ other SPLWs across the ICS, v isolating being the only one in the PCN", themes("sup")),
    ("VCSE orgs near me r closing, no funding, long waits everywhere", themes("comm")),
    # sentences that trail off
    ("i just feel like no one in the practice really knows what i", themes("clin")),
    (
        "the referrals we get now are so complex, people with severe MH, homeless, substance misuse and we're "
        "supposed to...",
        themes("refer"),
    ),
    ("when i started i thought there would be a chance to move up but...", themes("career")),
    ("honestly some days i go home so drained i cant even", themes("well")),
    ("we asked for a second link worker last year and the PCN said maybe next...", themes("staff")),
    # single noun phrases
    ("Clinical supervision", themes("sup")),
    ("Remote access to EMIS", themes("it")),
    ("Funded training courses", themes("train")),
    ("Permanent contracts", themes("pay")),
    ("Transport for rural patients", themes("comm")),
    ("A career framework", themes("career")),
    ("Fewer outcome forms!!", themes("out")),
    ("Admin support", themes("staff")),
    # personal asides
    (
        "I came into this after 20 years in retail and it's the best job I've ever had. Would just like a bit "
        "more training on benefits and housing law so I can help people properly.",
        themes("pos", "train"),
    ),
    (
        "Sorry this is a bit of a rant, I'm writing it at 10pm after a 12 hour day. We are stretched beyond "
        "breaking point, two of us left and weren't replaced, and I'm signed off next week with stress.",
        themes("staff", "well"),
    ),
    (
        "(On maternity leave at the moment so answering from memory) biggest thing was never having my own desk "
        "or a login, I was hot-desking and borrowing other people's smartcards",
        themes("it"),
    ),
    (
        "My mum was helped by a link worker which is why I applied, and I love it. I'd like there to be a "
        "proper route to senior SPLW or team lead without having to leave the role.",
        themes("pos", "career"),
    ),
    (
        "Bit personal but I had counselling last year because of the stuff I was carrying from clients. Should "
        "be built in for us, like it is for therapists.",
        themes("well", "sup"),
    ),
    # mixed, longer, several themes
    (
        "The GPs are brilliant and really back me up, but the PCN manager sees the role as a numbers game and "
        "just wants contacts logged.",
        themes("pos", "clin", "out"),
    ),
    (
        "we get sent people who have been discharged from secondary MH with no plan, and the local services for "
        "them have all gone, I end up holding them for months",
        themes("refer", "comm"),
    ),
    (
        "Employed by a VCSE so I have no NHS smartcard, no pension matching NHS, and my contract is tied to a "
        "12 month grant",
        themes("it", "pay"),
    ),
    ("pay is ok but there's no band above mine, training budget got cut this year too", themes("career", "train")),
    (
        "Really isolating working out of a GP surgery where nobody understands the role, I eat lunch alone in "
        "the car most days",
        themes("sup", "clin"),
    ),
    (
        "I'd like WEMWBS to be built into SystmOne, we don't have edit rights to the templates so it's all on "
        "paper and typed in twice",
        themes("out", "it"),
    ),
    (
        "caseload has doubled since the 2nd LW left, I'm covering her practices too and honestly I'm exhausted",
        themes("staff", "well"),
    ),
    (
        "loads of training available which is great, wish there was more funded time to do it though",
        themes("train", "pos"),
    ),
    (
        "ICB want quarterly impact reports and case studies but nobody has ever told us what happens to them",
        themes("out"),
    ),
    (
        "people turn up to me for help with PIP forms, food parcels, housing appeals, all the stuff that used "
        "to be CAB, but CAB has a 3 month wait now",
        themes("comm", "refer"),
    ),
    (
        "Link workers need to be recognised as a profession, with registration, a proper training pathway and a "
        "salary to match.",
        themes("clin", "train", "pay"),
    ),
    # non-responses
    ("n/a", themes()),
    ("No", themes()),
    ("nothing else thanks", themes()),
    ("-", themes()),
    ("see previous answer", themes()),
    ("Not at the moment.", themes()),
    ("...", themes()),
    ("no comment", themes()),
]


# Written blind like HOLDOUT_9, by a sixth engineer, saying most themes without their obvious keywords;
# labelled before the first run (against codebook 1.6.0).
HOLDOUT_14: list[tuple[str, frozenset[str]]] = [
    # short, keyword-free
    ("Half the receptionists still call me the befriender.", themes("clin")),
    ("The GPs book anyone in with me just to get them off their list.", themes("clin")),
    ("Three-week wait before I can see a new person.", themes("staff")),
    ("I'm spread across five surgeries for the same wage as someone in one.", themes("staff", "pay")),
    ("Still waiting for a smartcard after eight months.", themes("it")),
    ("I can't open the patient's notes, so I go in blind.", themes("it")),
    ("I have to get the practice nurse to write my notes in for me.", themes("it")),
    ("Nobody has asked how I'm getting on in a year.", themes("sup")),
    (
        "There's no one more experienced I can run a tricky case past, and I've not been on a single course "
        "since I started.",
        themes("sup", "train"),
    ),
    ("My hourly rate is less than when I stacked shelves.", themes("pay")),
    ("Council contract runs out in March and nobody will tell me if it's renewed.", themes("pay")),
    ("Running on fumes most weeks.", themes("well")),
    ("I lie awake thinking about some of the people I see.", themes("well")),
    ("The only walking group round here folded last year.", themes("comm")),
    ("Nothing to signpost to once you're outside the town.", themes("comm")),
    ("I'm getting people who are actively suicidal.", themes("refer")),
    ("I'm not a debt adviser but that's what I've become.", themes("refer")),
    ("Too many spreadsheets, not enough people time.", themes("out")),
    ("Endless tick-box questionnaires with every patient.", themes("out")),
    ("Nowhere to go from here unless I leave.", themes("career")),
    ("Same grade for six years.", themes("career")),
    ("Would like to do a counselling skills course.", themes("train")),
    ("No budget for any learning at all.", themes("train")),
    ("Best job I've ever had.", themes("pos")),
    ("Seeing someone smile again after months makes it all worthwhile.", themes("pos")),
    ("The team I'm in are brilliant.", themes("pos")),
    # short, with the obvious keywords
    ("More training on SystmOne please.", themes("it")),
    ("Burnt out.", themes("well")),
    ("Caseload far too high.", themes("staff")),
    ("Clinical supervision please.", themes("sup")),
    ("Low pay.", themes("pay")),
    ("Better career progression.", themes("career")),
    ("More community groups to refer into.", themes("comm")),
    ("Inappropriate referrals from GPs.", themes("refer")),
    ("Recording outcomes takes forever.", themes("out")),
    ("GPs don't understand my role.", themes("clin")),
    # non-responses of varied forms
    ("n/a", themes()),
    ("No thank you", themes()),
    ("-", themes()),
    ("Covered it all above.", themes()),
    ("Nothing else to add", themes()),
    ("Not really.", themes()),
    ("N/A - see previous answer", themes()),
    ("No comment at this time.", themes()),
    # one or two sentences, mostly keyword-free
    (
        "The doctors think I'm there to sort out benefits forms and bus passes, and last week I was handed a "
        "child protection concern. I'm constantly explaining that none of that is what I'm for.",
        themes("clin", "refer"),
    ),
    (
        "I'd be more useful if the practice manager stopped treating me as spare admin cover when reception is "
        "short, and then wondering why my waiting list is so long.",
        themes("clin", "staff"),
    ),
    (
        "People sit on my list for over a month before I can get to them, and then the groups I'd send them to "
        "have their own waiting lists.",
        themes("staff", "comm"),
    ),
    (
        "I'm doing two people's work since my colleague left and they haven't replaced her, and I'm shattered.",
        themes("staff", "well"),
    ),
    (
        "I have to print things off and hand them to the GP because I can't add anything to the patient's "
        "record myself.",
        themes("it"),
    ),
    ("The trust gave me a phone but no laptop, so working from anywhere but the hub is impossible.", themes("it")),
    (
        "My manager is at the charity's head office forty miles away and I see her twice a year. Most days it "
        "feels like it's just me, and there's no senior link worker post I could ever grow into.",
        themes("sup", "career"),
    ),
    (
        "When something upsetting happens with a patient there's no one to talk it through with, and I carry it "
        "home.",
        themes("sup", "well"),
    ),
    (
        "We're funded a year at a time, so every winter I start looking at other jobs just in case. There's no "
        "way up either - I'm on the same grade as when I started.",
        themes("pay", "career"),
    ),
    ("I earn about the same as the receptionists but I'm the one sitting with people at their lowest.", themes("pay")),
    ("Some days I sit in the car park for ten minutes before I can face going in.", themes("well")),
    ("I've had more time off sick this year than in the last ten put together, and it's the job.", themes("well")),
    ("The befriending service has a six-month wait and the men's shed closed when the grant ended.", themes("comm")),
    ("My patients can't get to anything because there's one bus a day and no taxis they can afford.", themes("comm")),
    (
        "I keep getting sent people who need a psychiatrist, not a chat about a gardening group - the doctors "
        "seem to think I'm a cheaper version of the mental health team.",
        themes("refer", "clin"),
    ),
    (
        "Housing crises, evictions, domestic abuse - it all lands on my desk because the advice services have "
        "closed their doors or have months-long waits.",
        themes("refer", "comm"),
    ),
    ("I'm spending Friday afternoons chasing scores on wellbeing scales instead of seeing anyone.", themes("out")),
    (
        "The commissioners only look at how many contacts we've logged, not whether anyone's life changed.",
        themes("out"),
    ),
    ("There's no step up from link worker here - no senior post, no lead, nothing.", themes("career")),
    (
        "I've learned all I can in this post and there's no money for any qualification that would let me move "
        "up.",
        themes("career", "train"),
    ),
    (
        "I'd really like to understand more about supporting people with autism, but there's never any time set "
        "aside for learning.",
        themes("train"),
    ),
    ("Our induction was a folder and a login. I've picked everything up by asking around.", themes("train")),
    ("I go home most days feeling I've actually changed something for someone.", themes("pos")),
    (
        "The GPs at my surgery ask my opinion and copy me into things, which makes me feel like part of the "
        "team.",
        themes("pos"),
    ),
    (
        "Getting the local food bank and the library to work together on a coffee morning was the proudest "
        "thing I've done.",
        themes("pos"),
    ),
    (
        "I used to be on the same money in a call centre, and at least there I knew the job would still exist "
        "next year.",
        themes("pay"),
    ),
    (
        "Please could someone check in with link workers now and then? I've had no one-to-one since I started, "
        "and the surgery staff just see me as the lady who does the leaflets.",
        themes("sup", "clin"),
    ),
    # long, multi-theme
    (
        "I came into this from twenty years in retail management and I genuinely enjoy the patient side of it. "
        "But the practices I cover treat me as the place to send anyone who doesn't fit anywhere else. Last "
        "month I had a man who'd been sectioned twice and a woman fleeing a violent partner, both booked in as "
        "'lonely'. I'm not qualified for that. When I raise it, the answer is that I should be grateful to be "
        "busy.",
        themes("clin", "refer", "pos"),
    ),
    (
        "What would help: a proper laptop that connects to EMIS from home, someone to actually show me how to "
        "code what I do so it shows up, and an admin person to do the reminder calls. At the moment I'm ringing "
        "patients from my own mobile because the practice phones are always in use, and I spend evenings "
        "catching up on notes.",
        themes("it", "staff"),
    ),
    (
        "I'm employed by a small charity on behalf of the PCN and honestly I'm not sure who I belong to. The "
        "charity says the PCN manages my day to day; the PCN says I'm the charity's employee. So nobody does my "
        "appraisal, nobody signs off my leave properly, and I've never had a single reflective session. The "
        "funding has been rolled over three times at the last minute. I'd love to stay but I can't keep living "
        "like this.",
        themes("sup", "pay"),
    ),
    (
        "There used to be a lunch club, a carers' cafe and a craft group in the village hall. Now there's a "
        "warm space two mornings a week and that's it, because the council pulled the grants. I'm meant to "
        "connect people to what's around them but I'm connecting them to nothing. Meanwhile I'm asked for "
        "figures every month to prove I'm making a difference, which is hard when there's nothing for them to "
        "go to.",
        themes("comm", "out"),
    ),
    (
        "Honestly the work itself is the most rewarding thing I've done - watching someone who hadn't left the "
        "house in a year walk into a choir rehearsal. But I'm band 4, there's no band 5 anywhere in our area, "
        "and the courses I'd need to move into anything else cost money I don't have. It feels like you either "
        "stay put forever or quit.",
        themes("pos", "career", "train"),
    ),
    (
        "I'm the only link worker across 38,000 patients. The GPs send me everyone from the recently bereaved "
        "to people with six months' rent arrears and a bailiff letter. I'm not a money adviser and I don't have "
        "the time to become one. My own GP has signed me off twice with stress.",
        themes("staff", "refer", "well"),
    ),
    (
        "I'd like funded mental health first aid and some trauma-informed practice, because a lot of what I "
        "hear is heavy and I don't always know what to do with it afterwards. A monthly group with other link "
        "workers would help too.",
        themes("train", "sup", "well"),
    ),
    (
        "What would help? Being able to see the discharge letters and medication lists - I often find out after "
        "the appointment that someone's just come out of hospital. I also need the wellbeing measure built into "
        "the template so I'm not writing scores on paper and typing them up again.",
        themes("it", "out"),
    ),
    (
        "I've worked in this role since 2019 and it has changed beyond recognition. We used to have time to "
        "walk alongside people for twelve weeks; now it's three appointments and discharge because there's a "
        "queue behind them. The data we have to submit has doubled, there are four different questionnaires "
        "depending on who funds which bit of me, and nobody has ever told me what happens to any of it.",
        themes("staff", "out"),
    ),
]

# Written blind like HOLDOUT_9, by a seventh engineer: a cross-section with near-misses (patients' stress, pay
# or courses; GPs' workload; the survey) to test precision; labelled before the first run (against 1.7.0).
HOLDOUT_15: list[tuple[str, frozenset[str]]] = [
    # short keyword answers, single theme
    ("More training", themes("train")),
    ("Better pay", themes("pay")),
    ("Access to EMIS", themes("it")),
    ("Clinical supervision", themes("sup")),
    ("Role creep", themes("refer")),
    ("Not enough community groups to refer into", themes("comm")),
    ("Inappropriate referrals", themes("refer")),
    ("Recording outcomes", themes("out")),
    ("Burnout", themes("well")),
    ("No career path", themes("career")),
    ("Smartcard!!", themes("it")),
    ("permanent contract please", themes("pay")),
    ("A proper induction", themes("train")),
    ("peer support", themes("sup")),
    ("Too many practices to cover", themes("staff")),
    ("Lead roles", themes("career")),
    ("WEMWBS forms", themes("out")),
    ("Recognition of the role from GPs", themes("clin")),
    # short paraphrases, single theme
    ("GPs don't get what we actually do", themes("clin")),
    ("being used as an admin", themes("clin")),
    ("Stuck at band 4 forever", themes("career")),
    ("Feel very alone in the practice", themes("sup")),
    ("Job ends in March if ARRS isn't renewed", themes("pay")),
    ("A laptop that actually works from home", themes("it")),
    ("Time for CPD", themes("train")),
    ("More link workers!", themes("staff")),
    ("The emotional toll of the work", themes("well")),
    ("Patients too complex for SP", themes("refer")),
    ("Bus routes cut, patients stuck at home", themes("comm")),
    # short, two themes
    ("Rewarding but knackering", themes("pos", "well")),
    ("Pay and progression", themes("pay", "career")),
    ("Supervision and training", themes("sup", "train")),
    ("Stress from the size of my caseload", themes("well", "staff")),
    ("I love my job but the nurses have no idea what I do", themes("pos", "clin")),
    # short near-misses (patients' stress, the survey itself)
    ("Patients' stress about the cost of living", themes()),
    ("The survey is too long", themes()),
    # non-responses
    ("n/a", themes()),
    ("No", themes()),
    ("Nothing to add", themes()),
    ("-", themes()),
    ("See above", themes()),
    ("Not at this time, thank you", themes()),
    ("no comment", themes()),
    ("As previous answer", themes()),
    # one or two sentences, single theme
    (
        "I'd like a clear progression framework so I can see where this job could lead in five years' time.",
        themes("career"),
    ),
    (
        "I'm employed by a VCSE so I have no access to SystmOne and have to ask reception to read me the notes.",
        themes("it"),
    ),
    ("Seeing people's confidence grow is the best part, it's the most satisfying job I've ever had.", themes("pos")),
    ("Twelve-month contract again, so I honestly don't know if I'll have a job next April.", themes("pay")),
    (
        "Local mental health charities in Leeds have lost their funding so there's nowhere to send people.",
        themes("comm"),
    ),
    ("After three years in the job I'm completely drained and seriously thinking about leaving.", themes("well")),
    ("Our GPs are brilliant and really back us.", themes("pos")),
    (
        "We're in rural Cumbria, so patients without a car just can't reach most of the activities I'd point "
        "them to.",
        themes("comm"),
    ),
    ("No budget for courses and no protected time to go on them even if there was.", themes("train")),
    (
        "Training on SystmOne - I've got access now but nobody has shown me how to use it or what I'm meant to "
        "code.",
        themes("it"),
    ),
    # one or two sentences, near-misses (patients' jobs/pay/courses, colleague's promotion, survey, GP workload)
    (
        "A lot of my patients want help getting onto training courses or back into work, that's a big part of "
        "what I do.",
        themes(),
    ),
    ("A colleague of mine was promoted to a senior post at the ICB recently.", themes()),
    ("Many of the people I see are in low-paid jobs or on zero hours contracts.", themes()),
    ("Would be interested to see the results of this survey when they come out.", themes()),
    ("Our practice has had three GPs leave this year and the remaining partners are stretched very thin.", themes()),
    # one or two sentences, multi-theme
    (
        "GPs keep sending me patients who are actively suicidal because the crisis team won't see them for "
        "weeks.",
        themes("refer", "comm"),
    ),
    (
        "We have no real way of showing our impact because every commissioner wants different figures, and I "
        "don't have the EMIS permissions to run searches.",
        themes("out", "it"),
    ),
    (
        "The wait to see a link worker here is now twelve weeks, and the commissioners only ever ask how many "
        "referrals we've had, not whether anyone is better off.",
        themes("staff", "out"),
    ),
    (
        "Reception book anyone with a non-medical problem in with me, including people with serious "
        "safeguarding concerns.",
        themes("clin", "refer"),
    ),
    (
        "My line manager is based at the council offices and I haven't seen her since the summer, yet she wants "
        "a monthly data return that takes me a full day.",
        themes("sup", "out"),
    ),
    (
        "Funded training in motivational interviewing and trauma-informed practice would help, but our host "
        "charity's grant runs out next year so they won't invest in us.",
        themes("train", "pay"),
    ),
    ("After three years of being sent people in crisis I'm worn out.", themes("refer", "well")),
    (
        "I enjoy the work but the pay doesn't match the responsibility and there's no next step up.",
        themes("pos", "pay", "career"),
    ),
    (
        "No supervision and safeguarding cases landing on my desk every week - it's taking a toll on me.",
        themes("sup", "refer", "well"),
    ),
    ("An outcomes tool built into EMIS rather than paper questionnaires I then have to type up.", themes("out", "it")),
    (
        "More link workers to bring the waiting list down, and a pathway into senior roles for those of us "
        "who've been here a while.",
        themes("staff", "career"),
    ),
    ("The GPs value me but the rest of the PCN still think I'm a receptionist.", themes("pos", "clin")),
    (
        "Groups we used to rely on have closed because of council cuts, so patients keep coming back to us and "
        "the caseload never shrinks.",
        themes("comm", "staff"),
    ),
    (
        "I'm expected to produce case studies and ONS4 scores every month on top of a caseload of 80.",
        themes("out", "staff"),
    ),
    (
        "There's no money for courses and the practice doesn't see why a link worker would need training "
        "anyway.",
        themes("train", "clin"),
    ),
    # long answers
    (
        "I've been a link worker in a PCN in the North East for four years. I genuinely love the job and the "
        "difference it makes, but I'm still on the same band I started on and there's nowhere to go unless I "
        "leave for a different career. My contract is tied to ARRS and every year we're told it might not be "
        "renewed. Some recognition from the clinicians would also go a long way - half of them still refer "
        "patients 'for a chat'.",
        themes("pos", "career", "pay", "clin"),
    ),
    (
        "The biggest challenge is simply volume. I cover five practices across a rural patch of Cornwall, my "
        "caseload is over 100 and there's a six week wait to see me. On top of that the community transport "
        "scheme was cut last year, so a lot of older patients can't get to the groups that do exist. I'm tired "
        "all the time and there's nobody to debrief with.",
        themes("staff", "comm", "well", "sup"),
    ),
    (
        "We're asked to record everything in three places: our own spreadsheet, EMIS (read-only for me, so "
        "reception have to code it for me) and the commissioner's portal. Nobody has explained what the "
        "Information Standard actually requires of us, and the data we send off never comes back as anything "
        "useful.",
        themes("out", "it"),
    ),
    (
        "I came into this from a housing background and had a two day induction, then was left to get on with "
        "it. There's no clinical supervision, I've never had any reflective practice, and the other link worker "
        "in our PCN left in the summer so it's just me now. Some kind of accredited qualification would really "
        "help and make the role feel more professional.",
        themes("train", "sup"),
    ),
    (
        "Patients' stress about money and housing is the main thing I see, much more than loneliness. I spend a "
        "lot of time helping with benefit forms and job applications. It's hard work but I think we make a real "
        "difference, and my practice manager in Birmingham has been very supportive.",
        themes("pos"),
    ),
    (
        "Please stop sending us surveys and actually act on what we say. We told you last year that patients in "
        "mental health crisis are being sent to us because the CMHT has a nine month waiting list, and nothing "
        "has changed.",
        themes("refer", "comm"),
    ),
]

# Written blind like HOLDOUT_9, by an eighth engineer: 26 respondents answering all three questions in a
# consistent voice, plus two short answers; labelled before the first run (against 1.8.0).
HOLDOUT_16: list[tuple[str, frozenset[str]]] = [
    # R1: VCSE-hosted, no smartcard, fixed-term contract
    (
        "A smartcard and proper access to SystmOne. At the moment I have to email the practice manager to get "
        "anything added to a patient's notes, which is slow and means half of what I do never makes it into the "
        "record.",
        themes("it"),
    ),
    (
        "Not knowing if I'll still have a job next March. Our contract with the PCN is renewed a year at a time "
        "and we usually only hear a few weeks before it runs out.",
        themes("pay"),
    ),
    ("Please fund us properly.", themes("pay")),
    # R2: PCN-employed, GPs send everything
    (
        "A half-day session with the GPs so they understand what social prescribing is and isn't. Some of them "
        "think I'm a receptionist who books things.",
        themes("clin"),
    ),
    (
        "Being sent people in crisis - someone actively suicidal, a woman fleeing domestic abuse, a family "
        "being evicted next week. I'm not trained for that and there's often nobody else to pick it up. "
        "Meanwhile my list just keeps getting longer.",
        themes("refer", "staff"),
    ),
    ("The role is being used as a dumping ground for anything the practice doesn't want to deal with.", themes("clin")),
    # R3: senior link worker managing a team of six
    (
        "Recognition that a senior link worker post actually exists. I manage six link workers and I'm on the "
        "same band as two of them, and there's no framework for what comes after this.",
        themes("career", "pay"),
    ),
    (
        "Clinical supervision for my team. I do what I can, but I'm not qualified to supervise someone who has "
        "just sat with a bereaved parent, and the PCN won't pay for an external supervisor.",
        themes("sup"),
    ),
    (
        "My team are brilliant and the patient feedback we get is lovely. I just wish our case studies counted "
        "for something with the ICB, who only ever look at the numbers.",
        themes("pos", "out"),
    ),
    # R4: new starter, no induction
    (
        "An induction. I started four months ago, was given a desk and told to crack on. I've learnt everything "
        "from YouTube and a link worker in the next PCN, and I still don't have a smartcard.",
        themes("train", "it"),
    ),
    (
        "Knowing what's actually running locally. Half the groups on the council's website have closed since "
        "Covid and the ones that are left have waiting lists.",
        themes("comm"),
    ),
    (
        "No one to ask. My line manager is the practice manager, who has no idea what social prescribing is, "
        "and I haven't had a one-to-one since I started.",
        themes("sup", "clin"),
    ),
    # R5: happy long-serving worker, rural
    (
        "Honestly not much, I'm well looked after. Maybe a small budget for courses - I'd like to do the level "
        "3 counselling skills certificate.",
        themes("train"),
    ),
    (
        "Travel for patients. We're very rural, and if someone doesn't drive the nearest men's shed is a "
        "two-bus journey that takes most of the day.",
        themes("comm"),
    ),
    (
        "Six years in and I still love it. The GPs here ask my opinion and I feel part of the practice team.",
        themes("pos"),
    ),
    # R6: about to leave, burnt out
    ("Too late for me. I'm leaving in June because I'm burnt out.", themes("well")),
    (
        "The emotional weight of it. I hear about abuse, bereavement and loneliness all day, then go home and "
        "can't switch off. I've been signed off with stress twice this year.",
        themes("well"),
    ),
    (
        "Nobody checks on link workers. There's no debrief and no supervision, you just absorb it all.",
        themes("sup", "well"),
    ),
    # R7: PCN worker covering five practices
    (
        "Another link worker. There are two of us for 58,000 patients across five surgeries, and the PCN board "
        "thinks that's plenty because they don't understand what we actually do.",
        themes("staff", "clin"),
    ),
    (
        "The waiting list is twelve weeks. By the time I see people things have often got worse or they've "
        "given up, and when I do see them the groups I'd send them to are full.",
        themes("staff", "comm"),
    ),
    ("n/a", themes()),
    # R8: local authority employed, data-focused
    (
        "A single outcome measure that everyone agrees on. The council wants one thing, the PCN wants ONS4, the "
        "ICB wants case studies, and I spend every Friday filling in three different spreadsheets.",
        themes("out"),
    ),
    (
        "Proving impact. We know it works, but WEMWBS scores barely move over six sessions and nobody has ever "
        "trained us in how to use it properly.",
        themes("out", "train"),
    ),
    (
        "Being employed by the council but working in GP surgeries means I'm nobody's responsibility. Different "
        "policies, no one to go to, and no access to EMIS.",
        themes("it", "sup"),
    ),
    # R9: NHS trust hosted, complex mental health referrals
    ("Clear referral criteria that the GPs actually stick to.", themes("refer")),
    (
        "Patients who need secondary mental health care but can't get it, so they're sent to me instead - "
        "psychosis, eating disorders, self-harm. And the local talking therapies wait is five months. Social "
        "prescribing is not a substitute for a CMHT.",
        themes("refer", "comm"),
    ),
    ("No.", themes()),
    # R10: VCSE worker, groups losing funding
    (
        "Money for the groups we refer into. We send people to the lunch club and the walking group, but the "
        "volunteers running them get nothing and two groups folded this year.",
        themes("comm"),
    ),
    (
        "The voluntary sector is on its knees. Debt advice is an eight week wait, counselling is six months and "
        "the befriending service has closed to new referrals.",
        themes("comm"),
    ),
    ("The people I work with are amazing and it's a privilege to be part of their lives.", themes("pos")),
    # R11: stuck on Band 4
    (
        "A progression route. I've been on Band 4 for four years with no prospect of moving up unless I retrain "
        "as something else entirely.",
        themes("career"),
    ),
    (
        "Pay. I earn less than the healthcare assistants and I'm holding caseloads of people with really "
        "complicated lives.",
        themes("pay"),
    ),
    (
        "It feels like a dead-end job, which is a shame because I'm good at it and I'd happily do more training "
        "if it led anywhere.",
        themes("career", "train"),
    ),
    # R12: has a login but limited system access
    (
        "Training on SystmOne, especially how to code social prescribing properly. Nobody showed me the SNOMED "
        "codes so half my referrals aren't being counted.",
        themes("it", "out"),
    ),
    (
        "I've got read-only access, so I can see the notes but can't write anything. Every contact has to be "
        "typed up by a receptionist.",
        themes("it"),
    ),
    ("A work laptop. I'm still on a shared desktop in a corridor.", themes("it")),
    # R13: only link worker in the PCN, part-time
    (
        "Other link workers to talk to. I'm the only one in the PCN and I work on my own in what used to be a "
        "storeroom.",
        themes("sup"),
    ),
    (
        "Feeling completely alone with difficult cases. When someone discloses something awful I've got nobody "
        "to offload to, and it stays with me for days.",
        themes("sup", "well"),
    ),
    ("Thanks for asking.", themes()),
    # R14: well-supported PCN worker, short of admin help
    (
        "Admin support for booking, chasing and inputting outcome scores. I spend about a third of my week on "
        "tasks someone on a lower band could do.",
        themes("staff", "out"),
    ),
    ("Keeping up with demand since the practice started referring everyone over 75 who lives alone.", themes("staff")),
    ("My clinical lead is fantastic and really champions the role at PCN meetings.", themes("pos")),
    # R15: VCSE service manager worried about ARRS
    (
        "Certainty about ARRS funding beyond next year so we can plan, and a senior band so my experienced "
        "staff have something to aim for.",
        themes("pay", "career"),
    ),
    (
        "Recruiting and keeping good people when all we can offer is 12-month contracts. We've lost three "
        "experienced link workers to permanent NHS jobs this year and we're running short.",
        themes("pay", "staff"),
    ),
    ("Social prescribing has a lot to offer if it's given the chance to bed in.", themes()),
    # R16: compassion fatigue
    (
        "Regular reflective practice, somewhere to take the heavy cases, and some training on handling trauma "
        "disclosures.",
        themes("sup", "train"),
    ),
    ("Compassion fatigue. I'm exhausted and I've started dreading Monday mornings.", themes("well")),
    ("I love what I do but I don't know how much longer I can keep going like this.", themes("pos", "well")),
    # R17: early-career, wants funded learning
    (
        "Funded training on the things that come up all the time: benefits, housing law, motivational "
        "interviewing, trauma-informed practice.",
        themes("train"),
    ),
    ("Having to pay for my own CPD and do it in my own time.", themes("train")),
    ("-", themes()),
    # R18: NHS trust employed, invisible in the practice
    (
        "For practice staff to stop calling me 'the social worker'. Most of them have no idea what I do and "
        "reception still tells patients I can sort out their housing.",
        themes("clin", "refer"),
    ),
    ("Being invisible. I'm not invited to practice meetings and I'm not even on the staff list.", themes("clin")),
    ("nothing to add", themes()),
    # R19: reporting burden
    (
        "Less paperwork. MYCAW before and after every patient, monthly reports, quarterly case studies, and I "
        "have to double-enter the lot because I can't write to EMIS.",
        themes("out", "it"),
    ),
    (
        "Too many patients and too much reporting. I see fourteen people a week and every one of them generates "
        "three forms.",
        themes("staff", "out"),
    ),
    ("Just that I love the job.", themes("pos")),
    # R20: rural worker covering a big patch
    ("A transport fund or a community car scheme. Half my patients can't get to anything I suggest.", themes("comm")),
    ("Covering a huge area. I spend more time driving between practices than seeing people.", themes("staff")),
    ("Mileage rates haven't gone up in years and I'm out of pocket every month.", themes("pay")),
    # R21: ambitious younger worker
    (
        "A proper career framework with senior and advanced link worker levels, and the training to get there.",
        themes("career", "train"),
    ),
    ("There's no way up. The only way to progress is to leave social prescribing altogether.", themes("career")),
    ("I'd like to be a lead link worker one day but those jobs just don't exist round here.", themes("career")),
    # R22: off sick, overwhelmed by complex referrals
    (
        "Being able to hand a referral back when it's clearly not for us, without the GPs acting like I'm being "
        "difficult. They see me as the person who mops up whatever's left over.",
        themes("refer", "clin"),
    ),
    (
        "Safeguarding cases landing on my list because there's nowhere else for them to go. I lie awake "
        "worrying about some of them.",
        themes("refer", "well"),
    ),
    (
        "I've been off sick with anxiety for six weeks and this job is why. My manager has never once asked how "
        "I'm coping.",
        themes("well", "sup"),
    ),
    # R23: finally got a smartcard, rural bus problems
    (
        "I've just been given a smartcard after two years of asking, so I'm in a better place. Remote access to "
        "EMIS from home would be the last piece.",
        themes("it"),
    ),
    ("Getting patients to groups when the last bus is at 6pm and there's nothing at weekends.", themes("comm")),
    ("The practice team are lovely and I feel really valued.", themes("pos")),
    # R24: local authority team manager
    (
        "A national competency framework so we can build a progression ladder locally. Without one I can't "
        "justify a senior post to the council.",
        themes("career"),
    ),
    (
        "The Information Standard. We're meant to record to it, but our case management system doesn't map to "
        "the codes so the reports are always wrong.",
        themes("out"),
    ),
    ("Please put some money into training. My team's learning budget was cut to zero this year.", themes("train")),
    # R25: pay-focused, big caseload
    ("A pay rise that reflects the work. It's a skilled job being done on Band 3 money in some areas.", themes("pay")),
    (
        "Being expected to hold a caseload of 60 with no admin and no cover when I'm on leave, and half of them "
        "have debt and housing problems that need a specialist caseworker, not me.",
        themes("staff", "refer"),
    ),
    ("The job itself is great, it's everything around it that's hard.", themes("pos")),
    # R26: PCN worker, nurses don't get it, good peer group
    (
        "More awareness among the nurses and pharmacists. They refer people to me for things like 'needs a "
        "carer' and then get annoyed when I explain that's adult social care.",
        themes("clin", "refer"),
    ),
    ("Having my work dismissed as 'just signposting'.", themes("clin")),
    ("Our link worker peer group across the borough is the best thing about the job.", themes("pos")),
    # Extra short answers (standalone)
    ("See above.", themes()),
    ("Stable funding and a smartcard.", themes("pay", "it")),
]

# Written blind like HOLDOUT_9, by a ninth engineer: a cross-section of a national survey; labelled before the
# first run (against 1.9.0).
HOLDOUT_17: list[tuple[str, frozenset[str]]] = [
    # short requests (mostly one theme)
    ("A proper career pathway, there's nowhere to go after this job", themes("career")),
    ("Access to SystmOne so I can read the notes before I ring someone", themes("it")),
    ("Regular clinical supervision and some proper training please", themes("sup", "train")),
    ("Better pay", themes("pay")),
    ("More link workers. There's one of me for about 40,000 patients", themes("staff")),
    ("Someone to explain to the GPs what we actually do", themes("clin")),
    ("A simpler way of recording outcomes, the forms take longer than the appointment", themes("out")),
    ("Funding for local groups so there's actually something to refer people into", themes("comm")),
    (
        "Clear guidance on what we should and shouldn't take on so the practice stops sending us people in "
        "crisis",
        themes("refer"),
    ),
    ("a laptop that actually works from home", themes("it")),
    ("Protected time for CPD", themes("train")),
    ("Peer support with other LWs in the area", themes("sup")),
    ("Moving us up to band 5 to reflect the responsibility we carry", themes("pay")),
    # short complaints (mostly one theme)
    ("Caseload is far too big and half of them shouldn't be with us", themes("staff", "refer")),
    ("burnt out", themes("well")),
    ("Not knowing if my job will still exist after March", themes("pay")),
    ("GP's think I'm a receptionist", themes("clin")),
    ("Nothing to refer people to out here in rural Norfolk and the buses are every 2 hours if that", themes("comm")),
    ("Referrals for people who really need a CPN not a link worker", themes("refer")),
    ("Too much data collection", themes("out")),
    ("Working on my own with no team around me", themes("sup")),
    ("Knowing how to show our impact when so much of what we do can't be put into numbers", themes("out")),
    ("Role creep. Every few months something else gets added to what we do", themes("refer")),
    ("Can't write in the patient record, have to email my notes to the practice manager to add", themes("it")),
    ("Its emotionally draining listening to peoples trauma all day", themes("well")),
    ("Feeling like a dumping ground for anything the surgery can't fix", themes("clin")),
    # short answers with two themes
    ("More training on mental health and trauma, some of what I hear really stays with me", themes("train", "well")),
    ("No progression and no training budget", themes("career", "train")),
    ("I'm on a 12 month contract again and it's keeping me up at night", themes("pay", "well")),
    # short praise
    ("I love my job", themes("pos")),
    ("My GPs are really supportive and refer appropriately", themes("pos")),
    ("Really rewarding seeing people get their confidence back", themes("pos")),
    # near a theme but not in it
    (
        "Loneliness and isolation are the biggest thing my patients are dealing with, far more than anyone "
        "realises",
        themes(),
    ),
    (
        "I'd like the general public to know more about social prescribing, lots of people have never heard of "
        "it or think it's something to do with medication",
        themes(),
    ),
    ("More and more people coming to me with money worries since energy prices went up", themes()),
    ("I supervise two social work students on placement which I really enjoy", themes("pos")),
    ("Carer burnout is huge round here, we desperately need more respite for them", themes("comm")),
    ("The pay is fine for the area but there's no way to move up", themes("career")),
    # medium, usual theme wording
    (
        "The role has changed so much since I started. We're now getting people with serious debt, eviction "
        "notices and safeguarding issues that need specialist workers, and there's pressure to just 'hold' "
        "them.",
        themes("refer"),
    ),
    (
        "We are expected to report ONS4 for every patient plus case studies every quarter, and nobody ever "
        "tells us what happens to the data.",
        themes("out"),
    ),
    (
        "I cover four surgeries across two towns and spend half my week in the car. Our waiting list is about 8 "
        "weeks now and I'm still meant to send monthly stats to the PCN on top.",
        themes("staff", "out"),
    ),
    (
        "There's only one free counselling service locally and it has a 6 month wait, and the befriending "
        "service closed last year when it lost its grant.",
        themes("comm"),
    ),
    (
        "Would like training on SNOMED codes in EMIS, I never know which code to use and nobody at the practice "
        "seems to either.",
        themes("it"),
    ),
    (
        "I've been doing this 5 years and I'm still on the same band as when I started. The only way up is to "
        "leave and go into management somewhere else.",
        themes("career"),
    ),
    (
        "Would love to do a proper qualification, like a level 4 or a degree apprenticeship, but there's no "
        "budget for it, and even if I did there's no higher post to go into.",
        themes("train", "career"),
    ),
    (
        "Funding. I'm employed by the council but the post is paid for out of ARRS and it's only confirmed year "
        "to year, we find out in March whether we still have jobs in April.",
        themes("pay"),
    ),
    (
        "Being able to see the full record would help. At the moment I only get what the GP puts in the "
        "referral and I end up walking into things blind.",
        themes("it"),
    ),
    (
        "More understanding from the reception team - they book people in with me who just want a blue badge "
        "form filling in.",
        themes("clin"),
    ),
    ("Our manager is great and we have monthly group supervision which really helps.", themes("pos")),
    # medium, theme said in other words
    ("I go home most nights and cry. I take a lot of it home with me.", themes("well")),
    (
        "Most of the places I used to send people have gone. The lunch club, the men's shed, the walking group, "
        "all shut in the last two years.",
        themes("comm"),
    ),
    (
        "I'd like to stay in social prescribing long term but there's nothing above what I do now, not in our "
        "area anyway.",
        themes("career"),
    ),
    (
        "Every month someone wants a different spreadsheet filled in - the PCN, the ICB, the charity that "
        "employs me - and they all want slightly different numbers.",
        themes("out"),
    ),
    (
        "I'm employed by a charity but based in the practice so I fall between two stools. Nobody really "
        "manages me day to day and I don't have anyone to talk cases through with.",
        themes("sup"),
    ),
    (
        "The network meetings for link workers stopped during covid and never started again. I miss having "
        "people in the same job to bounce off.",
        themes("sup"),
    ),
    # medium, mixed and multi-theme
    (
        "I really enjoy the work and my clinical director is brilliant, but the pay is poor for what we do and "
        "I'm on a fixed term contract yet again.",
        themes("pos", "pay"),
    ),
    (
        "Really good supervision from our lead, I feel well supported. Main issue is the sheer number of people "
        "we're being asked to see.",
        themes("pos", "staff"),
    ),
    (
        "I get sent people who are actively suicidal because the crisis team won't take them. I'm not trained "
        "for that and it frightens me.",
        themes("refer", "well"),
    ),
    (
        "A bit more recognition from the ICB that we're not just signposters. And some money for the groups we "
        "rely on - they're run by volunteers on nothing.",
        themes("clin", "comm"),
    ),
    (
        "New in post (3 months). The induction was basically 'here's your desk'. Some shadowing and basic "
        "training would have been really useful, and someone to ask when I'm not sure.",
        themes("train", "sup"),
    ),
    (
        "Remote access would make a massive difference. I do a lot of home visits and can't update anything "
        "until I'm back at the surgery, so I'm staying late most days and I'm shattered.",
        themes("it", "well"),
    ),
    (
        "I have 120 people open to me and I can't give any of them the time they deserve. It's wearing me down.",
        themes("staff", "well"),
    ),
    (
        "Patients are getting more and more complex - multiple long term conditions, housing, addiction, all in "
        "one person. Six sessions doesn't touch it and when I try to pass them on there's nowhere with space to "
        "take them.",
        themes("refer", "comm"),
    ),
    ("GPs refer anyone with a housing problem to me as if I can magic up a council flat.", themes("clin", "refer")),
    (
        "The Information Standard has added loads of work and we haven't had any time or training on how to "
        "code it in EMIS.",
        themes("out", "it"),
    ),
    (
        "I'm the only link worker in my PCN and I work out of a cupboard at the back of the building. Half the "
        "staff couldn't tell you what I'm for.",
        themes("sup", "clin"),
    ),
    (
        "There's no next step for us. I'd like to do a leadership course but there's not much point if there's "
        "no job to use it in.",
        themes("career", "train"),
    ),
    # long answers
    (
        "I've been a link worker for nearly four years now, employed through a VCSE organisation but working "
        "across three practices. The best bit is still the patients, when someone who hasn't left the house in "
        "a year turns up at a gardening group it makes it all worth it. But I'm stretched really thin. My "
        "caseload is double what it was when I started, there's no admin support so I'm doing all my own "
        "booking and letters, and I still don't have a smartcard so I have to ask a receptionist to add "
        "anything to the notes. Our contract with the PCN is renewed every year and each time there's a few "
        "weeks where nobody knows if it'll go ahead. I've started looking at other jobs, which I never thought "
        "I'd do.",
        themes("pos", "staff", "it", "pay"),
    ),
    (
        "I think the biggest problem is that social prescribing is still seen as a nice extra rather than a "
        "proper part of primary care. The GPs I work with are mostly fine, but the wider PCN doesn't know what "
        "we do, we get left out of meetings, nobody asks our opinion, and when there's a shortage of rooms "
        "we're the first to lose ours. On top of that there's no structure for us - no senior link worker, no "
        "lead role, no scale that goes anywhere. You stay on the same money forever unless you leave. I'd love "
        "to see a national framework like some of the other ARRS roles have.",
        themes("clin", "career"),
    ),
    (
        "What would help: 1) clinical supervision from someone who understands the role, not just a monthly "
        "catch up with the practice manager about numbers 2) proper training on things like trauma informed "
        "practice, motivational interviewing and benefits 3) a cap on caseloads. At the moment there's no limit "
        "and the referrals just keep coming.",
        themes("sup", "train", "staff"),
    ),
    (
        "Generally I love it. I've got a good team - three link workers, a health and wellbeing coach and a "
        "care coordinator - and we look after each other. My one frustration is the outcome measures. WEMWBS "
        "doesn't suit a lot of my patients, especially people with learning disabilities or limited English, "
        "and it feels like ticking a box rather than showing what's changed. Case studies tell the story much "
        "better but they take ages to write up.",
        themes("pos", "out"),
    ),
    (
        "Honestly I'm exhausted. We lost two link workers last year and they weren't replaced, so the three of "
        "us left are covering seven practices. People wait weeks to be seen, then when we do see them there's "
        "nowhere to send them because the local voluntary sector has been cut to the bone. I had a lady last "
        "week who needed food and the food bank near her is only open one morning a week. I'm paid less than "
        "the HCAs and I feel like I'm holding the whole thing together with sticky tape.",
        themes("well", "staff", "comm", "pay"),
    ),
    # non-responses
    ("n/a", themes()),
    ("No", themes()),
    ("Nothing else to add, thanks", themes()),
    ("-", themes()),
    ("See above", themes()),
    ("not really", themes()),
    ("As per my previous answer", themes()),
    ("None at the moment", themes()),
]

# Written blind like HOLDOUT_9, by a tenth engineer: four typical answers per theme and 24 awkward ones (theme
# words that do not apply, resolved problems, hedged wishes); labelled before the first run (against 1.9.0).
HOLDOUT_18: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    ("The GPs still don't really know what I do. Half of them think I'm a receptionist.", themes("clin")),
    ("More awareness among practice staff of what social prescribing actually is would help.", themes("clin")),
    ("Being used as a dumping ground for anything the doctors don't have time for.", themes("clin")),
    (
        "I don't feel the role is respected by the clinical team, we're seen as a nice extra rather than part "
        "of the service.",
        themes("clin"),
    ),
    # typical: career_progression
    ("There's no career pathway. I've been on the same band for four years with nowhere to go.", themes("career")),
    ("Some kind of progression framework, senior link worker posts, anything to aim for really.", themes("career")),
    (
        "It feels like a dead end job if I'm honest, the only way up is to leave social prescribing altogether.",
        themes("career"),
    ),
    (
        "Would like to see lead or team leader roles created in our PCN so experienced staff can progress.",
        themes("career"),
    ),
    # typical: training_development
    ("More training on mental health and motivational interviewing.", themes("train")),
    ("Access to funded courses and CPD, we have no learning budget at all.", themes("train")),
    ("Protected time to do training rather than squeezing webinars into my lunch break.", themes("train")),
    ("A recognised qualification for link workers, something that shows we're properly trained.", themes("train")),
    # typical: staffing_capacity
    ("My caseload is far too big, I've got over 90 open patients.", themes("staff")),
    ("We need more link workers. One of us covering five practices is not workable.", themes("staff")),
    ("Demand has gone through the roof and there's now a six week wait to see a link worker.", themes("staff")),
    ("Some admin support so I'm not spending half my day booking appointments and chasing letters.", themes("staff")),
    # typical: it_systems_access
    ("I still don't have access to SystmOne so I have to ask reception to add my notes.", themes("it")),
    ("A work laptop with remote access would help, I can't do anything when I'm out in the community.", themes("it")),
    ("Training on how to use EMIS properly and which SNOMED codes we're meant to use.", themes("it")),
    ("Getting a smartcard took eight months, I couldn't see any records until then.", themes("it")),
    # typical: supervision_support
    ("Regular clinical supervision. I've never had any in two years.", themes("sup")),
    ("I'm the only link worker in the PCN and it's quite lonely, no one to bounce ideas off.", themes("sup")),
    (
        "My line manager changes every few months and I never know who to go to when something goes wrong.",
        themes("sup"),
    ),
    ("Peer support meetings with other link workers across the area.", themes("sup")),
    # typical: pay_job_security
    ("Pay is too low for what the job involves.", themes("pay")),
    ("My contract is fixed term and ends in March, still no word on whether it will be renewed.", themes("pay")),
    ("Uncertainty about ARRS funding, none of us know if our posts will exist next year.", themes("pay")),
    ("Better pay. I could earn more stacking shelves in a supermarket.", themes("pay")),
    # typical: community_capacity
    ("There just aren't the groups to refer people to anymore, so many have closed.", themes("comm")),
    ("Local charities have lost their funding and the waiting lists for counselling are months long.", themes("comm")),
    (
        "Transport is a massive barrier, we're rural and lots of patients can't get to anything without a car.",
        themes("comm"),
    ),
    ("Gaps in provision for young men and for people who don't speak English.", themes("comm")),
    # typical: referral_appropriateness
    (
        "Getting referrals for people in mental health crisis who should be with the crisis team, not me.",
        themes("refer"),
    ),
    (
        "Referrals are getting more and more complex, debt, housing, safeguarding, it's not what social "
        "prescribing is for.",
        themes("refer"),
    ),
    ("Role creep. We're now expected to do benefits appeals and housing applications.", themes("refer")),
    ("Clearer referral criteria, we get patients who are far too unwell for social prescribing.", themes("refer")),
    # typical: outcomes_data
    ("Recording outcomes takes up too much time, the WEMWBS forms feel like a tick box exercise.", themes("out")),
    ("We need a simple way to show our impact, commissioners keep asking for evidence.", themes("out")),
    ("Having to do monthly reports in three different formats for the PCN, the ICB and my employer.", themes("out")),
    ("Not sure how to evidence the difference we make, case studies don't seem to count for anything.", themes("out")),
    # typical: wellbeing_burnout
    ("I'm exhausted. The emotional side of this job is heavy.", themes("well")),
    ("Burnout. Several of us have been off with stress this year.", themes("well")),
    ("Hearing people's trauma day after day is starting to affect my own mental health.", themes("well")),
    ("Time for our own wellbeing, the job is emotionally draining.", themes("well")),
    # typical: positive_experience
    ("I love my job, it's the most rewarding thing I've ever done.", themes("pos")),
    ("My GPs are brilliant and really value the service.", themes("pos")),
    ("Great team, really supportive manager.", themes("pos")),
    ("Seeing a patient go from not leaving the house to running a walking group makes it all worth it.", themes("pos")),
    # awkward: multi-theme
    (
        "Caseload is huge and I'm on a 12 month contract, so I'm constantly stressed about one or the other.",
        themes("staff", "pay", "well"),
    ),
    (
        "Can't get onto EMIS when I'm working from home, and separately I'd love to do a counselling skills "
        "course but there's no money for it.",
        themes("it", "train"),
    ),
    (
        "GPs send us anyone they don't know what to do with, including people who are actively suicidal.",
        themes("clin", "refer"),
    ),
    (
        "I'm the only link worker in my organisation with no supervision, and I'm dealing with safeguarding and "
        "domestic abuse cases that should be with specialist services.",
        themes("sup", "refer"),
    ),
    (
        "Recording ONS4 scores is a faff, and because I can't write directly into the patient record I end up "
        "typing everything up twice.",
        themes("out", "it"),
    ),
    # awkward: theme word present but theme does not apply
    (
        "I run a training session for the practice nurses every quarter on what we offer, and they've been "
        "really receptive.",
        themes("pos"),
    ),
    ("A lot of the people I see are exhausted, burnt-out carers who just need a break.", themes()),
    ("The GPs at my surgery are completely burnt out, I worry about them.", themes()),
    (
        "The outcomes for my patients have been amazing this year, one man has just gone back to work after "
        "three years off.",
        themes("pos"),
    ),
    # awkward: resolved problems
    ("Our PCN took on two more link workers in the spring so caseloads are much more manageable now.", themes("pos")),
    ("IT used to be a nightmare but it's sorted now, I've got full EMIS access and a laptop.", themes("pos")),
    # awkward: praise that mentions a concern topic
    ("I love the job and my team are great, but the pay is shocking for what we do.", themes("pos", "pay")),
    (
        "The GPs really value us; it's the reception staff who still think we're a befriending service.",
        themes("pos", "clin"),
    ),
    ("Really rewarding work, but it does take it out of you emotionally some weeks.", themes("pos", "well")),
    # awkward: hedged wishes
    (
        "It might be nice to have some sort of senior role eventually, not sure if that's realistic in our PCN.",
        themes("career"),
    ),
    ("Maybe a bit more training on long-term conditions? Not essential but it would be useful.", themes("train")),
    ("Possibly a bit more admin help, though I appreciate budgets are tight.", themes("staff")),
    (
        "I suppose some kind of peer network with other link workers would be good, if anyone had time for it.",
        themes("sup"),
    ),
    # awkward: about colleagues or patients
    (
        "A colleague went off sick with stress and hasn't been replaced, so I'm picking up her three practices "
        "on top of mine.",
        themes("staff", "well"),
    ),
    (
        "Patients are waiting months for talking therapies, so the GP refers them to me in the meantime even "
        "though they need proper mental health support.",
        themes("comm", "refer"),
    ),
    ("Lots of our patients can't afford the bus fare into town so they never make it to the groups.", themes("comm")),
    # awkward: negated themes
    ("I don't need more training, what I need is fewer patients on my list.", themes("staff")),
    ("Not bothered about progression to be honest, I just want my contract made permanent.", themes("pay")),
    (
        "No issues with my manager or supervision. The problem is the amount of data we're asked to collect, it "
        "never ends.",
        themes("out"),
    ),
    # non-responses
    ("n/a", themes()),
    ("No.", themes()),
    ("Nothing to add", themes()),
    ("-", themes()),
    ("See above", themes()),
    ("Nope, think I've covered everything", themes()),
    ("N/A thanks", themes()),
    ("Not really, no", themes()),
]

# Written blind like HOLDOUT_9, by an eleventh engineer: long, rambling 'anything else' answers (two to five
# sentences, anecdotes, several themes in one); labelled before the first run (against 1.10.0).
HOLDOUT_19: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "I've been in post nearly two years now and I still get GPs booking people in with me just to sort out "
        "their blue badge forms or chase a prescription, like I'm an extra receptionist. Half the surgery "
        "thinks I'm a counsellor and the other half thinks I just hand out leaflets. It would really help if "
        "someone from the PCN actually explained to the clinical staff what we're there for.",
        themes("clin"),
    ),
    (
        "When I go to the practice meetings I feel a bit invisible, nobody asks what I'm up to and one of the "
        "nurses has said more than once 'oh you're the one who does the coffee mornings'. The work we do is "
        "real but it doesnt seem to count for anything unless its got a clinical label on it. Some proper "
        "recognition from the doctors would go a long way.",
        themes("clin"),
    ),
    (
        "Honestly the locums are the worst for it, they've no idea who I am and just look at me blankly in the "
        "corridor. Even the permanent partners don't really get it, one said to me last week 'can't you just "
        "find them a club'. I think there needs to be some sort of national push to tell primary care staff "
        "what link workers actually do because its not getting through at practice level.",
        themes("clin"),
    ),
    (
        "Our practice manager sees me as a spare pair of hands so I've ended up doing recalls and answering the "
        "phones when reception are short, which isn't what I came here to do. I don't think she means anything "
        "by it, she just doesn't know what social prescribing is. Would be nice if managers were given some "
        "kind of briefing when a link worker starts.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "I came into this from the voluntary sector thinking it would be a stepping stone but there's nowhere "
        "to go, there's no senior link worker post in our PCN or anywhere near us really. I've been doing "
        "exactly the same thing for four years and I can see myself leaving just to get some kind of step up. A "
        "proper structure with levels would keep people like me in the role.",
        themes("career"),
    ),
    (
        "What would help is knowing there's a future in this. At the moment it feels like once you're a link "
        "worker thats it, you're a link worker forever, there's no lead role, no specialist role, nothing to "
        "aim for. My manager did try to create a coordinator post last year but the PCN said there was no "
        "appetite for it.",
        themes("career"),
    ),
    (
        "Would love to see a framework for social prescribing like they have for nursing or physios, with clear "
        "steps you can work through. Right now the only way to get on is to move out of it altogether into "
        "managing something else entirely. Feels like a bit of a cul-de-sac which is a shame because I'm good "
        "at it.",
        themes("career"),
    ),
    (
        "Ive applied for two 'senior' jobs in the last year and both times they were basically the same job "
        "with a bit more admin and the same grade. there doesnt seem to be any recognised way to move up in "
        "this profession, every area does its own thing. Some kind of national route up please.",
        themes("career"),
    ),
    # typical: training_development
    (
        "My induction was basically being handed a log in and a list of local groups and told to crack on. I've "
        "picked things up as I've gone along but I'd really value some proper courses, particularly around "
        "motivational interviewing and working with people with long term conditions. There's supposed to be a "
        "budget for this kind of thing but I've never seen a penny of it.",
        themes("train"),
    ),
    (
        "I would like the chance to do a recognised qualification, something like a level 4 or a certificate in "
        "health coaching, but my PCN won't fund it and I can't stretch to paying for it myself. Also getting "
        "time off to attend anything is a battle, it always gets moved because of clinics.",
        themes("train"),
    ),
    (
        "More CPD that's actually relevant to us please, most of what gets offered is either aimed at "
        "clinicians or it's the same e-learning modules over and over again. I did a day on bereavement run by "
        "a local hospice once and that's the only time I've felt I learnt something properly useful for this "
        "job.",
        themes("train"),
    ),
    (
        "Someone new started alongside me in January and neither of us had anything on managing difficult "
        "conversations or what to do when someone discloses something, we've just learnt from getting it wrong. "
        "Ring fenced time for learning would make such a difference, even half a day a month.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "I cover five practices on my own with about 60,000 patients between them and there's no way one person "
        "can do that properly. People are waiting six or seven weeks to see me now which kind of defeats the "
        "point when someone's lonely and has finally plucked up the courage to ask for help. We need at least "
        "another two link workers.",
        themes("staff"),
    ),
    (
        "My caseload has crept up to over 90 open cases and I'm supposed to be doing follow ups on all of them, "
        "it just isnt possible. The referrals keep coming and nobody's looking at how many we can realistically "
        "hold. Even someone to help with booking and letters would free me up.",
        themes("staff"),
    ),
    (
        "We went from three of us to one and a half when one left and another went part time, and they havent "
        "replaced either of them. So now the waiting list is back up to where it was before I started. I'm "
        "doing my best but patients are being let down.",
        themes("staff"),
    ),
    (
        "What would help is if someone actually sat down and worked out what a reasonable number of patients "
        "per link worker is, because at the moment its just 'see as many as you can'. I'm splitting myself "
        "across two sites plus a home visit list and I spend half my day in the car between them.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "I still don't have a smartcard after eight months so I have to ask one of the receptionists to look "
        "things up for me, which is embarassing and a waste of everyones time. I can't put my notes straight "
        "onto the record either, I email them to the practice and hope someone adds them.",
        themes("it"),
    ),
    (
        "Each practice in our PCN uses something different, two are on EMIS and one on SystmOne, and I've only "
        "been shown one of them so I'm muddling through the other. Some basic guidance on the clinical codes "
        "would help as well because I'm never sure I'm picking the right one.",
        themes("it"),
    ),
    (
        "I was given a laptop that doesn't connect to anything outside the building, so on the days I'm out in "
        "the community I can't see anything about the person I'm visiting. Being able to log in remotely would "
        "make a massive difference, I've asked three times now.",
        themes("it"),
    ),
    (
        "I'm read only on the system at one surgery, which means I can see the notes but can't write anything "
        "back, so the GP never finds out what happened after they sent someone to me. It's daft really, "
        "everybody else in the building can add a consultation.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "I'm the only link worker in our PCN and I sit in a room on my own at the end of a corridor, there's no "
        "one to talk things through with when I've had a tough case. My line manager is based at the federation "
        "and I see her maybe once every couple of months. Regular sessions with someone who understands the job "
        "would really help.",
        themes("sup"),
    ),
    (
        "We used to have a group across the county that met monthly but it fizzled out after covid and no one's "
        "restarted it. I miss being able to bounce ideas off other link workers and hear what's working "
        "elsewhere. Even a Teams call once a month would do.",
        themes("sup"),
    ),
    (
        "Who supervises us clinically? Nobody seems to know. The GP who is supposed to be my clinical lead has "
        "never once asked to meet and when I raised a worry about a patient I was told to 'use my judgement'. I "
        "need someone I can actually go to.",
        themes("sup"),
    ),
    (
        "Being employed by one organisation and hosted by another means nobody really manages me, the charity "
        "think the PCN does it and the PCN think the charity does. I fell through the gap for my appraisal "
        "entirely last year. Somebody clearly responsible for me would help.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "I'm on just over 24k and I'm working with people with really complicated lives, its not right that a "
        "healthcare assistant in the same building gets more than me. I've had to take a second job at weekends "
        "to make ends meet.",
        themes("pay"),
    ),
    (
        "My contract runs out in March and nobody can tell me if the ARRS money is continuing for our post. "
        "I've been in this position twice before and it makes it impossible to plan anything, I've even started "
        "looking at other jobs just in case.",
        themes("pay"),
    ),
    (
        "Every year it's another one year contract. I'd like to buy a house but the mortgage people want to see "
        "something permanent and I can't give them that. The job is core to the practice now, it should be "
        "funded like it.",
        themes("pay"),
    ),
    (
        "The money doesnt reflect what we're actually doing, we're holding risk, doing home visits, dealing "
        "with some really heavy stuff, and we're on less than the practice admin team in some places. Banding "
        "needs looking at nationally.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "I'm in a very rural area and the nearest anything is a 40 minute drive, there's one bus a day if "
        "you're lucky. I can find brilliant groups in the town but my patients can't get to them, especially "
        "the older ones who don't drive anymore.",
        themes("comm"),
    ),
    (
        "So many of the groups I used to send people to have closed in the last two years, the lunch club went, "
        "the men's shed lost its building, the befriending service has a waiting list until next spring. I end "
        "up with people who are ready and motivated and nowhere to send them.",
        themes("comm"),
    ),
    (
        "The council cut the grant to most of the small charities in our borough and you can see the effect, "
        "they're running on volunteers who are burning out themselves. We rely on them completely so if they "
        "fold there's not much of a social prescribing offer left.",
        themes("comm"),
    ),
    (
        "There is basically nothing for young men round here, or for anyone who works during the day since "
        "everything's 10 till 2. And the local talking therapies waiting list is about nine months. I'd love "
        "more evening and weekend options to point people at.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "I'm getting people sent to me who are actively suicidal because the GP doesn't know where else to put "
        "them. I'm not a mental health worker and it's not what social prescribing is for, but I can't just "
        "turn them away once they're sat in front of me.",
        themes("refer"),
    ),
    (
        "More and more of my work is housing and benefits, people facing eviction, debts in the thousands, and "
        "I end up basically being a debt advisor. It's not really what the role was meant to be and I worry I'm "
        "out of my depth with some of it.",
        themes("refer"),
    ),
    (
        "The patients coming through to me now have so much going on, addiction, domestic abuse, three or four "
        "diagnoses, that a few sessions of social prescribing isn't going to touch it. I think the triage needs "
        "to be a lot better before they get to me.",
        themes("refer"),
    ),
    (
        "Had one last month for a lady who told me she was being hit by her son, and the GP had put 'lonely, "
        "needs a group' on the form. I'll always deal with it when it comes up but some of these really should "
        "be going to the right service first.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "The amount of recording we have to do now is ridiculous, every contact needs the wellbeing scores "
        "before and after, plus the codes, plus a monthly spreadsheet for the PCN, plus case studies for the "
        "commissioners. I spend more time on data than on people some weeks.",
        themes("out"),
    ),
    (
        "I'm not convinced ONS4 tells us anything useful, people just pick a number to be polite and some of "
        "them find the questions a bit intrusive on a first meeting. We need better ways of showing the "
        "difference we make that actually fit the work we do.",
        themes("out"),
    ),
    (
        "Nobody has ever told us what happens to the figures we collect, we send it all off every quarter and "
        "never see anything back. If we had some kind of dashboard or evaluation showing what we'd achieved it "
        "would help us argue for the service.",
        themes("out"),
    ),
    (
        "The new reporting standard has been confusing, we've had three different versions of the template in a "
        "year and each practice wants something slightly different. Clear guidance on what we actually have to "
        "report and how would help.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "I've been off for three weeks this year with stress and honestly I didn't see it coming, you absorb so "
        "much from people's stories and there's nowhere for it to go. Some days I sit in my car before going "
        "home just to get myself together.",
        themes("well"),
    ),
    (
        "I'm shattered. Not in a dramatic way, just worn down by hearing about loss and poverty and loneliness "
        "all day every day and not being able to fix most of it. I don't think people realise how heavy it "
        "gets.",
        themes("well"),
    ),
    (
        "Had a patient take his own life last year who I'd seen the week before and it still sits with me. I "
        "was back at work the next day like nothing had happened. I think the emotional side of this job is "
        "badly underestimated.",
        themes("well"),
    ),
    (
        "I think a lot of us are close to the edge, I know at least three link workers locally who've left in "
        "the last year because they just couldn't do it anymore. I'm not far behind to be honest, I dread "
        "Monday mornings.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "I just want to say I absolutely love this job, it's the best thing I've done in 20 years of working. "
        "Seeing someone who hadn't left the house in a year turn up at the walking group is the best feeling.",
        themes("pos"),
    ),
    (
        "My GPs are fantastic, they ask for my input in MDTs and they've really got behind the service, one of "
        "the partners even comes along to our community cafe sometimes. I feel properly part of the team.",
        themes("pos"),
    ),
    (
        "Really rewarding work. I came from retail and never thought I'd find a job where I go home feeling "
        "I've actually helped someone. The team I'm in is brilliant too, we look out for each other.",
        themes("pos"),
    ),
    (
        "Not much to add other than it's been a good year, our PCN has been really supportive, I got to go on "
        "the health coaching course I wanted and I feel listened to.",
        themes("pos"),
    ),
    # awkward: multi-theme
    (
        "Where do I start. I cover four surgeries, I'm on a twelve month contract that's been renewed three "
        "times at the last minute, and I don't have access to SystmOne at two of them so I'm writing notes on "
        "paper and scanning them in. I do love the patients and the work itself but the set up makes it so much "
        "harder than it needs to be.",
        themes("staff", "pay", "it", "pos"),
    ),
    (
        "Anything else? Yes - I feel very alone in this. I'm knackered, I haven't had any supervision since my "
        "manager left in the summer and the GPs still send me people who need the crisis team. Sorry thats a "
        "bit of a rant.",
        themes("sup", "well", "refer"),
    ),
    (
        "There's no senior band in social prescribing round here so the only way to earn more is to leave, "
        "which is what most of the good ones do. I'm on the same money I was on three years ago and the cost of "
        "living has gone through the roof.",
        themes("career", "pay"),
    ),
    (
        "I'm working through my lunch most days and catching up on notes in the evening because there's simply "
        "too many people on my list, and it's starting to affect my sleep. My partner has told me I need to "
        "look for something else.",
        themes("staff", "well"),
    ),
    (
        "The GPs only seem to take us seriously when we show them numbers, fewer appointments and so on, but "
        "that's so hard to evidence with what we collect. If we could measure it better maybe they'd see the "
        "point of us.",
        themes("out", "clin"),
    ),
    (
        "I'm hosted by a lovely practice and the admin team are great, but I don't think the partners have a "
        "clue what I do, and I've got no one who does the same job to talk to. Some kind of network with other "
        "link workers would be great.",
        themes("pos", "clin", "sup"),
    ),
    (
        "I'd like to do some leadership training so I could maybe move into a coordinator role one day, but "
        "there aren't any coordinator roles so I'm not sure what the point would be.",
        themes("train", "career"),
    ),
    (
        "Recording the outcome measures is a pain because the templates on SystmOne don't match the codes we're "
        "told to use, and nobody's ever shown me how to add the right template, so I end up keeping a separate "
        "spreadsheet as well. Double the work.",
        themes("out", "it"),
    ),
    (
        "One of my gentlemen has become a volunteer at the food bank he first came to as a client, which is the "
        "kind of thing that makes this job worth it. The food bank itself is struggling though, donations are "
        "right down and they've cut their opening to two days a week.",
        themes("pos", "comm"),
    ),
    (
        "I get a lot of people referred with what's really a housing problem, damp flats, overcrowding, and "
        "there's nothing I can do about that, and the local advice centre has closed so there's nowhere to send "
        "them on to either. So I just end up listening.",
        themes("refer", "comm"),
    ),
    (
        "A man I'd been seeing for loneliness turned out to have serious debts and was talking about ending it, "
        "and I had to manage that on a Friday afternoon with no one to call for advice. It shook me up for "
        "days. That shouldn't be landing on a link worker.",
        themes("refer", "well", "sup"),
    ),
    (
        "The GPs really value me, they tell me all the time, but value doesn't pay the bills and I'm on a band "
        "4 doing what feels like band 6 work.",
        themes("pos", "pay"),
    ),
    (
        "I don't feel isolated at all, I have a great team of four and we meet every morning, but I do worry "
        "about what happens when the funding ends next year, we've all been told our posts aren't guaranteed.",
        themes("pos", "pay"),
    ),
    (
        "There's loads going on in the community here, honestly we're spoilt for choice with groups and "
        "activities, the problem is me having the time to actually link people in properly when I'm one person "
        "for 40,000 patients.",
        themes("staff", "pos"),
    ),
    # awkward: theme word present but theme does not apply / resolved / praise
    (
        "The main thing for me is seeing how much peoples mental wellbeing improves when they get connected to "
        "something, even something small like a knitting group. It's why I do the job.",
        themes("pos"),
    ),
    (
        "A colleague in the next PCN got moved up a band after they redid the job descriptions over there, "
        "which was well deserved, and it got me thinking we could do with a proper structure here too so "
        "there's something to work towards.",
        themes("career"),
    ),
    (
        "When I started I had no EMIS access at all and it was a nightmare, but that got sorted about six "
        "months in and the IT lot were really helpful. I'm really happy with how it all works now.",
        themes("pos"),
    ),
    (
        "My supervision is brilliant, I have monthly sessions with a psychotherapist the PCN pays for and it "
        "makes a huge difference, I'd recommend every area does the same.",
        themes("pos"),
    ),
    (
        "We started using a new outcome tool this year that's much quicker and the patients actually like "
        "filling it in, and our commissioners were really pleased with the annual report. Nice to see the "
        "impact written down for once.",
        themes("pos"),
    ),
    (
        "Last year I was really struggling and ended up signed off for a month, but things are much better now, "
        "we've had a new manager who protects our time and I actually enjoy coming in again.",
        themes("pos"),
    ),
    (
        "Our PCN put on a wellbeing day for all the ARRS staff which was lovely, massage and a walk round the "
        "lake, really appreciated it.",
        themes("pos"),
    ),
    (
        "I'd like access to the practice searches on who's attending a lot so I could contact people "
        "proactively rather than waiting for them to be sent to me, but I'm told I'm not allowed to run "
        "searches on the system.",
        themes("it"),
    ),
    (
        "We really need proper training on how to use EMIS, I was shown for ten minutes on my first day and "
        "that was it, I still don't know how to send a task or find hospital letters.",
        themes("it"),
    ),
    # awkward: negated / hedged
    (
        "I don't need more training to be honest, I've done loads of courses over the years and I've got a "
        "counselling background. What I need is more time, I've got 70 people on my list and I'm only part "
        "time.",
        themes("staff"),
    ),
    (
        "I suppose if there was ever a course on working with autistic adults that would be handy, I've had a "
        "few lately where I wasn't sure I was getting it right, but it's not a massive issue.",
        themes("train"),
    ),
    (
        "Pay isn't really an issue for me, I'm not in it for the money. What I'd actually like is someone "
        "senior to go to when I'm stuck on a case, at the moment I just have to muddle through on my own.",
        themes("sup"),
    ),
    (
        "I'm not burnt out or anything like that, I just think we need a clearer idea of where the role is "
        "going long term, whether there'll ever be specialist or senior posts, that sort of thing.",
        themes("career"),
    ),
    # non-responses
    ("n/a", themes()),
    ("Nothing further to add thanks", themes()),
    ("see my previous answer", themes()),
    ("-", themes()),
    ("No, I think I've covered everything.", themes()),
]

# Written blind like HOLDOUT_9, by a twelfth engineer: terse fragments typed in a hurry (lists, NHS shorthand,
# abbreviations, missing apostrophes); labelled before the first run (against 1.10.0).
HOLDOUT_20: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    ("gps dont get what we do, think were admin", themes("clin")),
    ("practice uses me as dumping ground for anything non medical", themes("clin")),
    ("more awareness of SP across PCN - reception cant explain it to pts", themes("clin")),
    ("some GPs treat us as a leaflet/signposting service", themes("clin")),
    # typical: career_progression
    ("nowhere to go after band 4", themes("career")),
    ("no senior LW posts round here, feels dead end", themes("career")),
    ("progression route pls, same band 5 yrs", themes("career")),
    ("lead roles / advanced practitioner pathway for LWs", themes("career")),
    # typical: training_development
    ("more cpd, funded courses", themes("train")),
    ("proper induction wud of helped when i started", themes("train")),
    ("budget for courses eg MH first aid, motivational interviewing", themes("train")),
    ("protected learning time - never get any", themes("train")),
    # typical: staffing_capacity
    ("caseload approx 90 pts, way too many", themes("staff")),
    ("covering 6 practices on 30hrs/wk", themes("staff")),
    ("need another LW, waiting list 8 wks", themes("staff")),
    ("admin help - booking/letters eat my day", themes("staff")),
    # typical: it_systems_access
    ("no emis access, have to ask gp to add my notes", themes("it")),
    ("smartcard!! still waiting 4 months", themes("it")),
    ("laptop for home working / remote access", themes("it")),
    ("systmone training + how to snomed code properly", themes("it")),
    # typical: supervision_support
    ("clinical supervision - have none", themes("sup")),
    ("v isolated, only LW in the pcn", themes("sup")),
    ("line mgr not from SP background, noone to debrief w/", themes("sup")),
    ("peer group / regular LW network meets", themes("sup")),
    # typical: pay_job_security
    ("pay rise, band 4 doesnt reflect what we do", themes("pay")),
    ("contract ends march, ARRS funding unclear", themes("pay")),
    ("fixed term again - cant plan my life", themes("pay")),
    ("better salary, cost of living is brutal", themes("pay")),
    # typical: community_capacity
    ("not enough groups locally to send ppl to", themes("comm")),
    ("VCSE orgs losing funding, groups closing", themes("comm")),
    ("rural - no buses, pts cant get to activities", themes("comm")),
    ("CAB waits 6wks+, counselling even longer", themes("comm")),
    # typical: referral_appropriateness
    ("getting MH crisis referrals, not our remit", themes("refer")),
    ("pts too complex for SP, really need a social worker", themes("refer")),
    ("safeguarding and complex debt cases coming thru, out of scope", themes("refer")),
    ("role creep - doing benefit forms, housing apps", themes("refer")),
    # typical: outcomes_data
    ("too much data collection, ONS4 every contact", themes("out")),
    ("wemwbs - pts hate it, takes ages", themes("out")),
    ("how do we show impact? evaluation tools rubbish", themes("out")),
    ("monthly reporting to ICB on top of everything, info standard confusing", themes("out")),
    # typical: wellbeing_burnout
    ("burnt out tbh", themes("well")),
    ("emotionally draining, hearing trauma all day", themes("well")),
    ("stress levels high, off sick 3 wks last yr", themes("well")),
    ("knackered, taking work home in my head", themes("well")),
    # typical: positive_experience
    ("love my job", themes("pos")),
    ("gps v supportive, feel valued", themes("pos")),
    ("great team, rewarding work", themes("pos")),
    ("seeing pts improve makes it all worth it", themes("pos")),
    # awkward: multi-theme lists
    ("caseload, pay, no supervision", themes("staff", "pay", "sup")),
    ("emis access; training; more LWs", themes("it", "train", "staff")),
    ("low band / no progression", themes("pay", "career")),
    ("stressed - too many pts - complex referrals", themes("well", "staff", "refer")),
    ("love the role but fixed term contract worries me", themes("pos", "pay")),
    ("gps great, just need more groups to send ppl to", themes("pos", "comm")),
    ("outcome recording takes forever, no laptop to do it f2f", themes("out", "it")),
    ("isolated + burnt out", themes("sup", "well")),
    ("cpd budget, clear career path, bigger salary", themes("train", "career", "pay")),
    ("dnas high, waiting list growing, need admin", themes("staff")),
    ("gps value us but reception dont have a clue what SP is", themes("pos", "clin")),
    # awkward: theme word present but theme does not apply / negated
    ("pts wellbeing scores up loads this yr, v rewarding", themes("pos")),
    ("most pts come w/ loneliness, some money stress", themes()),
    ("training not the issue, its caseload", themes("staff")),
    ("supervision good, mgr v supportive", themes("pos")),
    ("systmone access took 6 months at start but all good now, team brilliant", themes("pos")),
    ("ICB staff wellbeing offer is actually good", themes("pos")),
    ("referrals mostly appropriate now since GP teach session", themes("pos")),
    ("pts are burnt out carers, need more respite locally", themes("comm")),
    ("mgr off long term sick, noone doing my supervision", themes("sup")),
    ("colleague on ARRS in next pcn losing her job, worried were next", themes("pay")),
    # awkward: hedged wishes / other phrasing
    ("maybe more training at some point, not urgent", themes("train")),
    ("possibly another LW? not sure budget allows", themes("staff")),
    ("would like to be lead LW one day if posts existed", themes("career")),
    ("dont really need anything, happy as i am", themes("pos")),
    ("talking therapies wait 6 months+, pts stuck", themes("comm")),
    ("band 4 for this level of resp is a joke", themes("pay")),
    # non-responses
    ("na", themes()),
    ("nil", themes()),
    ("no comment", themes()),
    ("?", themes()),
    (".", themes()),
]

# Written blind like HOLDOUT_9, by a thirteenth engineer: the formal register of team leads and report writers
# ("I would welcome", passive voice, diplomatic criticism); labelled before the first run (against 1.10.0).
HOLDOUT_21: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "A key barrier is that the purpose of the link worker post is not always fully appreciated by "
        "colleagues in general practice. Link workers are frequently asked to complete forms, chase "
        "appointments and undertake other administrative tasks that sit well outside what the role is for.",
        themes("clin"),
    ),
    (
        "I would welcome a national awareness campaign, led by NHS England and aimed at practice managers and "
        "clinical staff, so that the contribution of social prescribing is better recognised within primary "
        "care.",
        themes("clin"),
    ),
    (
        "There is scope to improve how the service is introduced to new GP registrars and nursing staff. In our "
        "experience many clinicians remain unclear about what we offer and when it is appropriate to involve "
        "us.",
        themes("clin"),
    ),
    (
        "Our team is at times regarded simply as a leaflet-and-phone-number service rather than a personalised "
        "intervention. It would be beneficial if PCN clinical directors championed the work more visibly with "
        "their colleagues.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "There is at present no defined route beyond the entry-level link worker band. I would welcome a "
        "national framework setting out senior and lead practitioner roles.",
        themes("career"),
    ),
    (
        "A number of experienced colleagues in our area have moved on because there is no opportunity to "
        "advance without leaving social prescribing altogether.",
        themes("career"),
    ),
    (
        "It would be beneficial if PCNs were encouraged to create team lead or specialist posts, so that staff "
        "with several years' experience have something to work towards.",
        themes("career"),
    ),
    (
        "Having been in post since 2019 on the same grade, I find it difficult to see where this role leads "
        "professionally in the longer term.",
        themes("career"),
    ),
    # typical: training_development
    (
        "I would welcome access to accredited courses in areas such as motivational interviewing and "
        "trauma-informed practice, with protected time set aside to complete them.",
        themes("train"),
    ),
    (
        "A dedicated CPD allowance for link workers would be beneficial; at present any courses we attend are "
        "self-funded or completed in our own time.",
        themes("train"),
    ),
    (
        "The induction offered to new starters in our PCN is limited, and it would help if NHS England produced "
        "a structured, role-specific induction programme.",
        themes("train"),
    ),
    (
        "There is scope to improve the availability of recognised qualifications for this workforce, for "
        "example a Level 4 or Level 5 award in social prescribing.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "Demand has grown considerably and our team now operates a waiting list of around six weeks. Additional "
        "link worker posts would be required to meet local need.",
        themes("staff"),
    ),
    (
        "Each link worker in our network covers four practices with a combined list size of over 40,000 "
        "patients, which in my view is not sustainable.",
        themes("staff"),
    ),
    (
        "It would be beneficial to have dedicated administrative help with booking and correspondence, so that "
        "practitioner time can be focused on patient contact.",
        themes("staff"),
    ),
    (
        "The number of people referred to us each week now exceeds what can reasonably be managed within the "
        "hours available to the team.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "Link workers in our area still have not been issued smartcards, which means we are reliant on practice "
        "staff to view and update patient notes on our behalf.",
        themes("it"),
    ),
    (
        "I would welcome instruction on SystmOne, particularly on the correct SNOMED codes to use when logging "
        "social prescribing contacts.",
        themes("it"),
    ),
    (
        "A key barrier is the lack of remote access; without a laptop configured for the practice network, home "
        "visits and hybrid working are difficult to manage.",
        themes("it"),
    ),
    (
        "Our team works across several practices using different clinical systems, and permissions are granted "
        "inconsistently, with read-only access at some sites.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "It would be beneficial if clinical supervision were provided as standard; at present it depends "
        "largely on the goodwill of individual GPs.",
        themes("sup"),
    ),
    (
        "Link workers employed directly by a PCN can be quite isolated, and I would welcome more structured "
        "opportunities to meet counterparts across the locality.",
        themes("sup"),
    ),
    (
        "There is no regular reflective practice or case discussion for our team, which I consider essential "
        "given the nature of the conversations we have with patients.",
        themes("sup"),
    ),
    (
        "As the sole link worker in the PCN, I would value a named manager with social prescribing experience "
        "and access to group supervision.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "The current banding does not reflect the level of responsibility and complexity now carried by link "
        "workers.",
        themes("pay"),
    ),
    (
        "Our posts are funded on twelve-month contracts which tend to be renewed very late each year, creating "
        "considerable uncertainty for staff.",
        themes("pay"),
    ),
    (
        "I would welcome clarity from NHS England regarding the future of ARRS funding, as the uncertainty is "
        "already affecting retention in our team.",
        themes("pay"),
    ),
    (
        "Salaries for link workers hosted by voluntary sector organisations have not kept pace with Agenda for "
        "Change uplifts.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "A key challenge is the reduction in local voluntary sector provision following funding reductions; "
        "several groups we relied upon have closed in the past year.",
        themes("comm"),
    ),
    (
        "Provision for men and for younger adults in our area is limited, which restricts what can "
        "realistically be offered to those groups.",
        themes("comm"),
    ),
    (
        "Patients in the more rural parts of our patch are often unable to attend activities because public "
        "transport is poor or non-existent.",
        themes("comm"),
    ),
    (
        "Waiting times for community counselling and debt advice are now so long that patients frequently "
        "disengage before they are seen.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "An increasing proportion of the people referred to us present with active suicidal ideation or "
        "safeguarding concerns, which would be more appropriately held by specialist services.",
        themes("refer"),
    ),
    (
        "There is scope to tighten the referral criteria; we receive a significant number of patients whose "
        "primary need is housing or immigration casework well beyond the scope of social prescribing.",
        themes("refer"),
    ),
    (
        "The role has gradually expanded to take in work that properly belongs to mental health and social care "
        "teams, and this is a growing concern for our team.",
        themes("refer"),
    ),
    (
        "It would be beneficial if referrers were asked to confirm that a patient is not in crisis before "
        "referring, as this is not currently routine practice.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "The expectation that ONS4 scores are completed at every review is time-consuming and not always "
        "appropriate for the people we work with.",
        themes("out"),
    ),
    (
        "I would welcome a single, nationally agreed approach to evidencing impact, as commissioners currently "
        "request different figures in different formats.",
        themes("out"),
    ),
    (
        "Our team finds it difficult to demonstrate the longer-term difference the work makes, as the tools in "
        "use capture only short-term change.",
        themes("out"),
    ),
    (
        "Monthly returns to the PCN and the ICB duplicate much of the same information, and it would be "
        "beneficial to streamline these reporting requirements.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "The cumulative emotional impact of supporting patients through trauma and bereavement is considerable, "
        "and several colleagues have had periods of sickness absence as a result.",
        themes("well"),
    ),
    (
        "I would note that staff in our team are showing signs of fatigue and low morale, and this should not "
        "be underestimated.",
        themes("well"),
    ),
    (
        "It would be beneficial if NHS England recognised the risk of vicarious trauma among link workers and "
        "funded access to occupational health and counselling.",
        themes("well"),
    ),
    (
        "On occasion the work is emotionally draining, particularly when supporting people through very "
        "difficult life circumstances over a sustained period.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "I find the role highly rewarding and feel privileged to support people at important points in their "
        "lives.",
        themes("pos"),
    ),
    (
        "Our PCN has been exceptionally supportive, and the GPs regularly acknowledge the difference the "
        "service makes to their patients.",
        themes("pos"),
    ),
    (
        "We are fortunate to have a well-established, cohesive team and a manager who is genuinely committed to "
        "our development.",
        themes("pos"),
    ),
    ("Overall, I would describe this as the most fulfilling post I have held in my career.", themes("pos")),
    # awkward: multi-theme
    (
        "A key barrier is that the role is not always fully appreciated by clinicians, and this is compounded "
        "by the absence of any clear route to more senior positions.",
        themes("clin", "career"),
    ),
    (
        "Caseloads have risen steadily with no corresponding increase in staffing; as a result the team is "
        "under considerable strain and two colleagues are currently signed off with stress.",
        themes("staff", "well"),
    ),
    (
        "I would welcome protected time for external courses, as well as more consistent access to EMIS so that "
        "we can document our contacts directly.",
        themes("train", "it"),
    ),
    (
        "Being referred patients in acute mental health crisis places link workers in a very difficult "
        "position, and the emotional impact of those contacts can be lasting.",
        themes("refer", "well"),
    ),
    (
        "Commissioners increasingly expect robust evidence of impact, yet the voluntary sector organisations we "
        "refer into are themselves losing funding, which limits what can be achieved.",
        themes("out", "comm"),
    ),
    (
        "There is a perception among some clinicians that social prescribing can absorb any patient with a "
        "social need, and as a result we receive referrals for people with severe and enduring mental illness.",
        themes("clin", "refer"),
    ),
    (
        "Line management is provided by a practice manager with little insight into social prescribing, and "
        "there is no one with relevant experience to discuss complex cases with.",
        themes("sup", "clin"),
    ),
    (
        "We would recommend that NHS England (i) sets a maximum caseload per link worker, (ii) funds a national "
        "CPD programme and (iii) moves posts onto permanent contracts.",
        themes("staff", "train", "pay"),
    ),
    (
        "Uncertainty about whether our posts will be funded beyond March is causing considerable anxiety within "
        "the team.",
        themes("pay", "well"),
    ),
    # awkward: praise alongside a concern
    (
        "I enjoy the work a great deal and feel well supported by the practice; however, the fixed-term nature "
        "of the contract makes it difficult to plan ahead.",
        themes("pos", "pay"),
    ),
    (
        "The work itself remains very rewarding, though it is frustrating when there is nothing suitable "
        "locally to refer a patient on to.",
        themes("pos", "comm"),
    ),
    # awkward: praise touching a concern topic (positive only)
    ("The GPs in our practices have a very good grasp of what link workers do and refer thoughtfully.", themes("pos")),
    (
        "The peer network run by the ICB is excellent and has made a real difference to how supported our team "
        "feels.",
        themes("pos"),
    ),
    (
        "The outcomes we see are very encouraging: most patients report feeling more connected and confident "
        "after working with us.",
        themes("pos"),
    ),
    (
        "The wellbeing offer from our employer is good, and I feel well looked after as a member of staff.",
        themes("pos"),
    ),
    # awkward: theme word present but theme does not apply
    (
        "Our work focuses on improving the wellbeing of patients who are lonely or socially isolated; it would "
        "be beneficial if more befriending and peer support groups were commissioned locally.",
        themes("comm"),
    ),
    (
        "Many of the carers referred to us are close to burnout themselves, and there is a shortage of respite "
        "and carers' support services in the area.",
        themes("comm"),
    ),
    (
        "Much of our group work involves training volunteers to lead walking groups; however, the number of "
        "suitable and affordable venues in the area is very limited.",
        themes("comm"),
    ),
    (
        "A colleague has recently left to take up a training post in nursing, and her post has not been "
        "replaced, leaving the remaining two of us covering five practices.",
        themes("staff"),
    ),
    (
        "I now supervise two newer link workers, but there is no senior post or title that reflects this, and "
        "no prospect of one being created.",
        themes("career"),
    ),
    # awkward: past problem now resolved
    (
        "Earlier concerns about our pay band were addressed through a regrading exercise last year. The "
        "remaining difficulty is that we have no access to clinical supervision.",
        themes("sup"),
    ),
    (
        "Following the rollout of smartcards last spring, access to records is no longer a problem. A key "
        "barrier now is the volume of patients presenting with complex debt and housing issues beyond our "
        "remit.",
        themes("refer"),
    ),
    # awkward: negated / hedged
    (
        "I would not describe workload as a particular issue at present; my main request would be for a "
        "learning budget to attend external conferences.",
        themes("train"),
    ),
    (
        "It may be worth considering, in due course, whether link workers could be given read access to the "
        "community mental health record.",
        themes("it"),
    ),
    (
        "I would not say I am burnt out, but the lack of clear guidance on what to record and when adds "
        "unnecessary time to the week.",
        themes("out"),
    ),
    (
        "It would perhaps be helpful if the outcome measures were built into the templates, so that scores did "
        "not need to be entered twice.",
        themes("out"),
    ),
    (
        "When I started I was given an EMIS login but no instruction on how to use it, and I remain unsure how "
        "to code contacts correctly.",
        themes("it"),
    ),
    # non-responses
    ("Not applicable.", themes()),
    ("No further comments at this time.", themes()),
    ("Nothing to add.", themes()),
    ("N/A - covered above.", themes()),
    ("I have nothing further to add beyond my earlier responses.", themes()),
]

# Written blind like HOLDOUT_9, by a fourteenth engineer: frustrated venting, sarcasm and irony, rhetorical
# questions, idioms ("plate spinning", "dumping ground"), and some heartfelt praise; labelled before the first run
# (against 1.10.0).
HOLDOUT_22: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Love being the PCN's dumping ground (sarcasm, in case that wasn't obvious). Half the GPs still think "
        "I'm an extra receptionist and the other half think I hand out leaflets.",
        themes("clin"),
    ),
    (
        "Who decided I'm the person to book bloods and chase repeat prescriptions?? I am NOT admin! Whenever "
        "the front desk is short the practice manager just borrows me.",
        themes("clin"),
    ),
    (
        "Would be nice if the clinicians actually knew what I do. Two years in and a nurse asked me last week "
        "if I was 'the new leaflet lady'. Banging my head against a brick wall trying to explain it.",
        themes("clin"),
    ),
    (
        "The forgotten role. We count towards the ARRS numbers but nobody asks for our input at practice "
        "meetings, we're never invited to MDTs, and the doctors see social prescribing as a fluffy "
        "nice-to-have.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "Where do I go from here?! Five years in, same band, same job title. There isn't a single senior link "
        "worker post in our area - it's a cul-de-sac.",
        themes("career"),
    ),
    (
        "I'd love a proper ladder - lead SPLW, team leader, anything. At the moment the only way up is OUT, "
        "into a different profession altogether.",
        themes("career"),
    ),
    (
        "Nothing above band 4, no structure, no framework. Experienced link workers are walking away because "
        "there is literally nowhere to grow.",
        themes("career"),
    ),
    (
        "I run the local network, mentor the new starters and cover for my manager, but on paper I'm identical "
        "to someone who started last month. An actual step up would be nice.",
        themes("career"),
    ),
    # typical: training_development
    (
        "More training PLEASE! Especially benefits, debt and motivational interviewing - right now I'm learning "
        "everything on the hoof from Google.",
        themes("train"),
    ),
    (
        "My induction was a login and a 'good luck'. Proper onboarding for new link workers would make such a "
        "difference.",
        themes("train"),
    ),
    (
        "Any chance of a CPD budget? Found a brilliant trauma-informed practice course but I'd have to "
        "self-fund it and use annual leave to go.",
        themes("train"),
    ),
    (
        "Protected time to learn would help. Every time I book onto a webinar something 'urgent' crops up and I "
        "end up cancelling.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "Plate spinning doesn't even cover it. One link worker, five practices, about 60,000 patients. Do the "
        "maths.",
        themes("staff"),
    ),
    (
        "Waiting list for our service is now 9 weeks. NINE. By the time I see people their situation has "
        "usually got worse.",
        themes("staff"),
    ),
    (
        "We desperately need another pair of hands, or at least someone to do the admin so I'm not spending "
        "half my day typing letters and booking rooms.",
        themes("staff"),
    ),
    (
        "Referrals keep climbing and our team has shrunk from four to two since last year because nobody was "
        "replaced. Something has to give.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "Still no EMIS access after 8 months! I have to ring a receptionist and get her to read the notes out "
        "to me. Ridiculous.",
        themes("it"),
    ),
    (
        "A laptop that actually works and lets me log in from home or out at community venues would be amazing. "
        "Right now I'm chained to one desk in one surgery one day a week.",
        themes("it"),
    ),
    (
        "Smartcard saga continues... six months of forms and I still can't write a single word in the patient "
        "record. How am I meant to document anything?!",
        themes("it"),
    ),
    (
        "Someone please show us how to use SystmOne properly. We were given access and left to figure out the "
        "templates and SNOMED codes ourselves - I'm sure half my codes are wrong.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "Who supports the supporters? No clinical supervision, no debrief, nothing. My line manager is a "
        "practice manager who has never done this kind of work.",
        themes("sup"),
    ),
    (
        "I'm the only link worker in the PCN and it's LONELY. Nobody to bounce ideas off, nobody who gets it. A "
        "peer network would be a lifeline.",
        themes("sup"),
    ),
    (
        "My manager is at the charity's head office 40 miles away and I've seen her twice this year. Regular "
        "1:1s would help.",
        themes("sup"),
    ),
    (
        "Hosted by the council but based in GP surgeries, so I belong to neither. Neither side really manages "
        "me - I just sort of float.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "I earn less than the HCA and I'm expected to hold risk, manage a caseload and run groups. It doesn't "
        "add up.",
        themes("pay"),
    ),
    (
        "Contract ends in March. AGAIN. Every year the same limbo waiting to hear if the ARRS money is still "
        "there.",
        themes("pay"),
    ),
    (
        "Our charity's grant runs out next year and nobody can tell us if our jobs will exist. Hard to plan "
        "anything, let alone sign a tenancy.",
        themes("pay"),
    ),
    (
        "Fixed-term, fixed-term, fixed-term. Four one-year contracts in a row. I'd just like to know I'll still "
        "have a job next Christmas.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "What's the point of social prescribing if there's nothing to prescribe? The befriending service "
        "closed, the men's shed lost its funding and the food bank is at breaking point.",
        themes("comm"),
    ),
    (
        "Rural area, one bus a day if you're lucky. I can find the perfect group for someone and they simply "
        "can't get there.",
        themes("comm"),
    ),
    (
        "Counselling wait 6 months, debt advice 10 weeks, walking group full. I'm referring people into a void.",
        themes("comm"),
    ),
    (
        "Small charities are dropping like flies round here. Every month another group I rely on announces it's "
        "closing its doors.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "Oh yes, another 'quick' referral for housing. Patient is being evicted on Friday, owes 8k and has a "
        "court date. That is NOT social prescribing!",
        themes("refer"),
    ),
    (
        "I keep being sent people in active crisis - suicidal, self-harming - with a note saying 'please "
        "support'. I'm not a crisis worker and it isn't safe for them or for me.",
        themes("refer"),
    ),
    (
        "Role creep is real. Started out tackling loneliness and getting people moving, now it's PIP forms, "
        "safeguarding and chasing housing officers all day.",
        themes("refer"),
    ),
    (
        "The complexity of what comes through the door has gone through the roof. Addictions, domestic abuse, "
        "multiple diagnoses - these people need specialists, not six sessions with me.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "The data side is a nightmare. ONS4 at every contact, then re-keying it into three different "
        "spreadsheets for the PCN, the ICB and the charity.",
        themes("out"),
    ),
    (
        "How do you put a number on someone leaving the house for the first time in two years? The scores don't "
        "capture half of what we achieve.",
        themes("out"),
    ),
    (
        "Commissioners keep asking for 'impact evidence' but give us no time or tools to gather it. Writing "
        "case studies in my lunch break is not a plan.",
        themes("out"),
    ),
    (
        "Clarity on what we're actually supposed to record would help - every manager wants different KPIs and "
        "nobody has ever explained the Information Standard to us.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "I'm drowning. Honestly. I go home and cry most nights and I've already been signed off with stress "
        "once this year.",
        themes("well"),
    ),
    (
        "Nobody warns you how heavy this job is. Listening to people's trauma all day and then trying to switch "
        "off at home... it stays with you.",
        themes("well"),
    ),
    (
        "Running on empty. Exhausted all the time and I can feel myself getting cynical, which just isn't me.",
        themes("well"),
    ),
    (
        "My own mental health has really taken a knock since starting this role. Compassion fatigue is a real "
        "thing and I'm feeling it.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "Honestly the best job I've ever had. Seeing someone who was housebound now running the coffee morning "
        "- that's why I do it <3",
        themes("pos"),
    ),
    (
        "My GPs are brilliant - they come and find me to ask how patients are getting on and always include me "
        "in clinical meetings. I feel part of the team.",
        themes("pos"),
    ),
    (
        "Just want to say I love this role. It's hard sometimes but it's a privilege to be part of people's "
        "lives.",
        themes("pos"),
    ),
    (
        "Our VCSE team is fantastic - we laugh, we look out for each other and my manager always has my back. "
        "Very lucky!",
        themes("pos"),
    ),
    # awkward: multi-theme
    (
        "Too many patients, not enough hours, and I'm knackered. Something's got to give and I'm scared it'll "
        "be me.",
        themes("staff", "well"),
    ),
    (
        "Contract ends in six months, still no EMIS access, no supervision. Why would anyone stay?",
        themes("pay", "it", "sup"),
    ),
    (
        "GPs treat us as the bin for anything vaguely social - housing disrepair, asylum claims, bailiffs. They "
        "just don't understand we're not specialists.",
        themes("refer", "clin"),
    ),
    (
        "Plate spinning while the plates are on fire. Caseload through the roof, referrals for stuff way out of "
        "my depth, and no one to talk it through with.",
        themes("staff", "refer", "sup"),
    ),
    (
        "I feel invisible. The GPs walk past me in the corridor, nobody asks my opinion, and honestly it's "
        "getting me down. I've started dreading Mondays.",
        themes("clin", "well"),
    ),
    (
        "Can't record outcomes in the clinical system because I've only got read-only access, so it all goes in "
        "a spreadsheet and then someone asks why our numbers don't match EMIS.",
        themes("it", "out"),
    ),
    (
        "A proper team to belong to! And a manager who understands social prescribing, rather than a practice "
        "manager who thinks I'm a glorified receptionist.",
        themes("sup", "clin"),
    ),
    (
        "Local mental health services have a 14-month wait so it all lands on us instead - people who need a "
        "psychologist, not a gardening group.",
        themes("refer", "comm"),
    ),
    (
        "After a patient I'd worked with for months took their own life there was no debrief, nothing. I went "
        "back to my desk and carried on. I'm still not OK.",
        themes("well", "sup"),
    ),
    (
        "Funders want numbers on how many people we 'signposted', but the groups we signpost to are closing "
        "faster than we can count them.",
        themes("out", "comm"),
    ),
    # awkward: sarcastic praise that is really a complaint
    (
        "Oh it's GREAT being called 'just a signposter' by a locum GP in front of a patient. Really makes you "
        "feel valued!",
        themes("clin"),
    ),
    ("Absolutely love spending 40% of my week filling in outcome forms nobody reads. Living the dream.", themes("out")),
    (
        "Thanks so much to the ICB for the 'exciting opportunity' of yet another 12-month extension. Truly "
        "spoiling us.",
        themes("pay"),
    ),
    (
        "Oh brilliant, third password reset this week and the smartcard reader STILL doesn't work. Such a "
        "smooth system.",
        themes("it"),
    ),
    # awkward: theme word present but theme does not apply / resolved / negated
    (
        "The patients I see are often so lonely, and their wellbeing improves so much after a few weeks at the "
        "groups. Wonderful to watch.",
        themes("pos"),
    ),
    (
        "Honestly pay isn't my issue. The problem is there's nowhere to go - I've been at the same level for "
        "four years with no sign of anything above me.",
        themes("career"),
    ),
    (
        "We had a nightmare with IT access in my first year but it's all sorted now - got EMIS and a laptop. "
        "Happy days.",
        themes("pos"),
    ),
    (
        "Huge thanks to the local voluntary sector - the groups round here are amazing and always find room for "
        "my patients.",
        themes("pos"),
    ),
    (
        "I don't need more training, I've done loads. What I need is someone to do the admin so I can actually "
        "see patients.",
        themes("staff"),
    ),
    (
        "Burnout among our patients' carers is massive, so we set up a carers' cafe and it's been a real "
        "success.",
        themes("pos"),
    ),
    ("I actually quite like WEMWBS - patients find it interesting to watch their scores go up.", themes("pos")),
    (
        "No issues with supervision or management, my line manager is great. Biggest challenge is that most "
        "groups are two bus rides away for my patients.",
        themes("pos", "comm"),
    ),
    (
        "We finally got a second link worker in September and it's made a massive difference - waiting list "
        "gone and I actually get a lunch break.",
        themes("pos"),
    ),
    (
        "I've recently started delivering training sessions to the new health and wellbeing coaches, which I "
        "really enjoy.",
        themes("pos"),
    ),
    # awkward: warm answers that also carry a concern
    (
        "I adore my patients and feel so lucky to do this job, but I'm scared it'll disappear - funding is only "
        "confirmed until next March.",
        themes("pos", "pay"),
    ),
    (
        "Supervision used to be non-existent but our new lead set up monthly group sessions which are "
        "brilliant. Now if only we could get a training budget...",
        themes("pos", "train"),
    ),
    (
        "Why does every other ARRS role get a clear pathway and we get nothing? Pharmacists have a whole "
        "framework, paramedics have one. What about us?",
        themes("career"),
    ),
    # non-responses
    ("Nope", themes()),
    ("nothing i haven't said already", themes()),
    ("N/a", themes()),
    ("not at this time", themes()),
    ("All covered above, thanks", themes()),
]

# Written blind like HOLDOUT_9, by a fifteenth engineer: spoken or second-language style (little punctuation, run-on
# clauses, common misspellings, unusual word order); labelled before the first run (against 1.10.0).
HOLDOUT_23: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "basically the GP not understand what I am doing they think I am like a receptionist or something and "
        "they just send me anything they dont want to deal with so we need more the awareness what link worker "
        "is for",
        themes("clin"),
    ),
    (
        "the nurses and the doctors in practice they dont know my role alot of them never even heard of social "
        "prescribing so i have to explain myself every time and it feel like nobody respect the job",
        themes("clin"),
    ),
    (
        "would help if the PCN managment actually value the role because they use me for the admin jobs like "
        "phoning patients for flu jab and that is not what i am here for you know",
        themes("clin"),
    ),
    (
        "more recognition from the practice staff like they think i just give out the leaflets and thats it "
        "they dont see all the work behind",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "there is no where to go up basically i am on band 4 since i started and there is no senior post or "
        "lead post nothing so i dont see future for me in this",
        themes("career"),
    ),
    (
        "i like to progress but there is no pathway for link workers its like a dead end so alot of good people "
        "they leave to other job",
        themes("career"),
    ),
    (
        "what would help is a proper structure like senior link worker then team lead because at the moment we "
        "are all same level no matter how many years experience you got",
        themes("career"),
    ),
    (
        "i been doing this five year and still same band same job title nothing change for me so like what is "
        "the point to get better at it",
        themes("career"),
    ),
    # typical: training_development
    (
        "we need more the training for mental health and for like debt and benefits because people come with "
        "this alot and i dont feel confident what to say",
        themes("train"),
    ),
    (
        "would be good to have the budget for courses and CPD because my employer not pay for any traning and i "
        "have to do it in my own time",
        themes("train"),
    ),
    (
        "when i started there was no induction at all i was just give the laptop and told go so new staff "
        "definately need proper induction",
        themes("train"),
    ),
    (
        "protected time for learning thats what i want because there is always webinar and course i like to go "
        "but i never get the time to do it",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "my caseload is to big like 60 70 people open at one time and i cannot give them proper time so we need "
        "more link worker definately",
        themes("staff"),
    ),
    (
        "i cover four practice by my self and its too much going between them and the demand is alot more than "
        "one person can do",
        themes("staff"),
    ),
    (
        "there is a waiting list now for to see me about six week and thats not good because people need help "
        "now not in six week",
        themes("staff"),
    ),
    (
        "we need admin help because i spend like half my day booking and phoning and doing letters instead of "
        "seeing the patients",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "i dont have the access to EMIS so i cannot see patient notes or write in it and i have to ask the "
        "receptionist every time to look up for me",
        themes("it"),
    ),
    (
        "no laptop for work so i use my own phone and i cant work from home because there is no remote access",
        themes("it"),
    ),
    (
        "smartcard took like eight month to get and still dont work proper on SystmOne so basically i am blind "
        "to the records",
        themes("it"),
    ),
    (
        "need someone show us how to do the coding on system one the snomed codes because nobody explain me and "
        "i think i do it wrong",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "i am the only link worker in our PCN so i feel very alone no team no body to talk about the difficult "
        "case with",
        themes("sup"),
    ),
    (
        "no clinical supervision at all i have asked many time and my manager say we dont have budget for it so "
        "i just carry everything my self",
        themes("sup"),
    ),
    (
        "my line manager is in the council and they never see me maybe once in three month so i dont really "
        "have managment",
        themes("sup"),
    ),
    (
        "would be nice to meet with other link workers like a peer group once a month to share ideas because in "
        "my area there is not any",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "the pay is to low for what we do we deal with very serious things and we are payed like band 3 or 4 "
        "its not fair",
        themes("pay"),
    ),
    (
        "my contract is only until march and nobody tell us if there is money for next year so i am worry all "
        "the time",
        themes("pay"),
    ),
    (
        "basically the ARRS funding is not sure so the job is not sure and i have family so i am looking other "
        "job",
        themes("pay"),
    ),
    (
        "we get payed less than the care coordinators and health coaches in same PCN and we do more complex "
        "work than them",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "there is not enough groups to send people to specially for men and younger people there is nothing in "
        "my area",
        themes("comm"),
    ),
    ("the charitys they are closing because no funding so where i am suppose to refer people now", themes("comm")),
    (
        "alot of my patients live in village and there is no bus so they cant get to anything even if i find a "
        "group for them",
        themes("comm"),
    ),
    (
        "counselling service waiting list is like a year and the befriending service is full so people just "
        "wait and wait",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "i get referral for people who is suicidal and that is not my job i am not for crisis and the GP just "
        "send it to me anyway",
        themes("refer"),
    ),
    (
        "i recieve alot of referral for housing and debt very complicated and i end up like a housing officer "
        "which is not social prescribing",
        themes("refer"),
    ),
    (
        "patients coming to me are to complex they need social worker or mental health team not a link worker",
        themes("refer"),
    ),
    ("safeguarding cases keep getting passed to me and i dont think it should be me handle them", themes("refer")),
    # typical: outcomes_data
    (
        "the recording is so much like every patient i have to do the ONS4 before and after and then put in "
        "seperate spreadsheet and also in the system its double work",
        themes("out"),
    ),
    (
        "hard to show the impact of what we do because the numbers dont show the real story and the "
        "commissioners only want numbers",
        themes("out"),
    ),
    (
        "WEMWBS form patients dont like it they find it confusing and alot of them dont finish so my data is "
        "not good",
        themes("out"),
    ),
    (
        "every month new report they want different data and the template keep changing so we waste alot of "
        "time on it",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "honestly i am exhausted all the time and i take home the stories of the patients in my head i cannot "
        "switch off",
        themes("well"),
    ),
    (
        "i was off sick for two month last year because of stress from the job and nothing really change since "
        "i come back",
        themes("well"),
    ),
    (
        "its very emotional job you hear alot of sad things like bereavement and abuse and nobody think about "
        "how it affect us",
        themes("well"),
    ),
    ("i am burnt out basically and i think many of my collegues is same", themes("well")),
    # typical: positive_experience
    ("i love my job honestly its the best job i ever had you see people change there life", themes("pos")),
    ("my GPs are very good they always listen to me and the team is like family", themes("pos")),
    ("very rewarding job i feel like i make difference every day", themes("pos")),
    ("my manager support me alot and i feel valued in my practice so thank you", themes("pos")),
    # awkward: multi-theme
    ("caseload is massive and i am so tired and stressed because of it so we need more staff", themes("staff", "well")),
    (
        "no EMIS access and nobody train me on it and also the GP not understand the role so they dont bother "
        "give me access",
        themes("it", "clin"),
    ),
    ("the pay is bad and there is no progression so i am thinking to leave", themes("pay", "career")),
    (
        "i love the job but the referral getting to complex like mental health crisis and we need the training "
        "for that",
        themes("pos", "refer", "train"),
    ),
    ("no supervision and i feel burn out and alone", themes("sup", "well")),
    (
        "community groups are closing and then the waiting list for me getting longer because no where to send "
        "people",
        themes("comm", "staff"),
    ),
    (
        "recording the outcomes take so long and the system access is limited i cant even put the ONS4 score in "
        "the record myself",
        themes("out", "it"),
    ),
    (
        "contract end in march and no one tell us anything and it make me very anxious i cant sleep",
        themes("pay", "well"),
    ),
    (
        "my GP are great they support me but the PCN managment treat us like admin and dont understand",
        themes("pos", "clin"),
    ),
    (
        "we need more link worker because one person cant cover 3 surgery and also need peer support group "
        "because we are all working alone",
        themes("staff", "sup"),
    ),
    # awkward: theme word present but theme does not apply
    (
        "alot of my patients they have very poor wellbeing and loneliness and i help them find groups and when "
        "you see them get better its the best part of the job",
        themes("pos"),
    ),
    (
        "my collegue in the next PCN she always complain her pay is bad but for me my employer pay fair and i "
        "am happy with it",
        themes("pos"),
    ),
    (
        "at first i had no access to the systems and it was really hard but now i got smartcard and EMIS all "
        "working good and the IT team was very helpful",
        themes("pos"),
    ),
    (
        "before we had no supervision but now we have monthly group supervision with the psychologist and its "
        "really helping alot",
        themes("pos"),
    ),
    ("i did the training from NHS England when i started it was very good and helped me alot", themes("pos")),
    (
        "most people i see is older and lonely and some young mums with the anxiety mostly referred from GP and "
        "some self refer",
        themes(),
    ),
    (
        "i see alot of carers who is burnt out looking after family and there is no respite service for them "
        "around here",
        themes("comm"),
    ),
    ("my collegue left because of stress and now i do both caseload on my own", themes("staff")),
    # awkward: negated themes
    (
        "i dont have any problem with IT or access everything is fine there, the main thing is the pay is not "
        "good",
        themes("pay"),
    ),
    ("supervision is not a issue for me but the caseload is crazy", themes("staff")),
    ("i dont want more training i had enough, what i want is somebody to actually manage me properly", themes("sup")),
    # awkward: hedged wishes
    (
        "maybe if possible like some more training on the autism and ADHD would be nice but is not big deal",
        themes("train"),
    ),
    ("i dont know maybe a senior role one day would be good if they ever make one", themes("career")),
    ("not sure if its possible but access to the records from home would help me alot", themes("it")),
    # awkward: praise mentioning a concern topic
    (
        "the GPs in my practice really understand what i do and they send me the right people which make it "
        "easy",
        themes("pos"),
    ),
    (
        "our community here is amazing so many groups and charities i never struggle to find something for the "
        "patients",
        themes("pos"),
    ),
    (
        "the data we collect is actually useful we see the ONS4 go up and it show the managers what we do so i "
        "like it",
        themes("pos"),
    ),
    # non-responses
    ("no thank you", themes()),
    ("nothing more", themes()),
    ("NA", themes()),
    ("dont know", themes()),
    ("no not really", themes()),
]

# Written blind like HOLDOUT_9, by a sixteenth engineer: a cross-section of a national survey with a third of
# the answers on outcome recording, SNOMED, templates, ONS4 and the Information Standard; labelled before the first
# run (against 1.13.0).
HOLDOUT_24: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "GPs still think I'm there to fill in benefit forms and sort out blue badges. Half the practice has no "
        "idea what social prescribing actually is.",
        themes("clin"),
    ),
    ("More awareness with reception and the nurses of what we do and what we don't do", themes("clin")),
    (
        "We get used as a dumping ground for anyone the GP hasn't got time for. It feels like the role isn't "
        "taken seriously.",
        themes("clin"),
    ),
    ("Recognition.", themes("clin")),
    # typical: career_progression
    ("There's nowhere to go after this. Five years in and the only way up is out.", themes("career")),
    (
        "A proper framework so experienced link workers can move up - senior or lead roles across the PCN that "
        "could take on things like the data and quality side.",
        themes("career"),
    ),
    ("no progression. been on the same band since i started and there's no senior post to apply for", themes("career")),
    ("It feels like a dead-end job career wise, which is a shame because it's a skilled role.", themes("career")),
    # typical: training_development
    (
        "Access to funded courses - mental health first aid, suicide awareness, motivational interviewing.",
        themes("train"),
    ),
    (
        "More CPD. We get the odd webinar (last one was on the Information Standard) but nothing structured and "
        "there's no budget.",
        themes("train"),
    ),
    ("Protected time in the working week for learning.", themes("train")),
    (
        "A decent induction for new starters. I was given a login and a list of local groups and that was it.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "Caseload is over 80 and rising. I'm one link worker covering four practices and 45,000 patients.",
        themes("staff"),
    ),
    ("admin support!! i spend hours booking rooms and chasing people for forms", themes("staff")),
    # typical: it_systems_access
    ("Still no smartcard after eight months so I can't see the notes.", themes("it")),
    (
        "Write access to SystmOne. I've only got read-only, so I have to email the practice manager to add "
        "anything.",
        themes("it"),
    ),
    (
        "I'm employed by a local charity and the PCN won't give me remote access to EMIS or a laptop, so I can "
        "only do notes when I'm physically in the surgery.",
        themes("it"),
    ),
    (
        "Nobody showed me how to use EMIS or which SNOMED codes to put in, I've been working it out by trial "
        "and error.",
        themes("it"),
    ),
    # typical: supervision_support
    ("Clinical supervision. I've not had any in two years.", themes("sup")),
    ("I'm the only SPLW in my PCN so there's no one to talk cases through with. It's a lonely job.", themes("sup")),
    ("Regular peer support meet-ups with other link workers in the area would be really valuable.", themes("sup")),
    ("Line management from someone who has time for me. Three managers in a year and not one 1:1.", themes("sup")),
    # typical: pay_job_security
    ("Pay. Band 4 for holding the kind of risk that band 6 staff hold.", themes("pay")),
    ("Knowing whether my job still exists after March. ARRS money gets rolled over one year at a time.", themes("pay")),
    ("A permanent contract. Four 12-month contracts back to back now.", themes("pay")),
    ("Grant funded through a charity and the funding ends next year, no word yet on renewal.", themes("pay")),
    # typical: community_capacity
    (
        "There's just nothing left to refer people on to. Groups closed after covid and what's left has a "
        "waiting list.",
        themes("comm"),
    ),
    ("Very rural. No buses after 5, so even when there's something on, patients can't get there.", themes("comm")),
    (
        "Funding for the voluntary sector. Small local charities are taking our referrals and getting nothing "
        "for it.",
        themes("comm"),
    ),
    ("Low cost counselling and befriending round here are either shut or have a three month wait.", themes("comm")),
    # typical: referral_appropriateness
    (
        "Being sent people in active crisis, suicidal, who should be with the crisis team and not with me.",
        themes("refer"),
    ),
    (
        "Role creep. We're now expected to do housing casework and debt advice which is way beyond social "
        "prescribing.",
        themes("refer"),
    ),
    (
        "Patients are getting more and more complex. A lot of them need a social worker or a care coordinator "
        "rather than a link worker.",
        themes("refer"),
    ),
    (
        "Inappropriate referrals - safeguarding concerns that nobody else has picked up, landing on my desk.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "Asking someone to score themselves 0-10 on the ONS4 questions when they're in tears in a first "
        "appointment feels really wrong.",
        themes("out"),
    ),
    (
        "Far too much time on data returns. A monthly spreadsheet for the PCN, quarterly for the ICB, and they "
        "want different things.",
        themes("out"),
    ),
    ("Clarity on what the Information Standard actually means for us day to day and when it kicks in.", themes("out")),
    (
        "A simple way to show impact. Commissioners want numbers but the real change in someone's life doesn't "
        "show up in a WEMWBS score.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    ("Burnt out. Seriously thinking about leaving.", themes("well")),
    (
        "The emotional side. You hear a lot of really sad stuff and some evenings I just can't switch off.",
        themes("well"),
    ),
    ("I've been off sick with stress twice this year.", themes("well")),
    ("Exhausted", themes("well")),
    # typical: positive_experience
    (
        "I love my job. Watching someone go from not leaving the house to helping run a walking group is the "
        "best feeling.",
        themes("pos"),
    ),
    (
        "My GPs are brilliant and really value what I do - they even ask to see the ONS4 changes at our "
        "practice meeting.",
        themes("pos"),
    ),
    (
        "Employed by the community trust and it's a good set up - full SystmOne access, ONS4 built into the "
        "template, and a supportive team lead.",
        themes("pos"),
    ),
    # awkward: multi-theme
    (
        "My caseload is unmanageable and I'm running on empty. We need at least one more link worker.",
        themes("staff", "well"),
    ),
    (
        "I'm hosted by a VCSE so no EMIS. To get the ONS4 scores onto the record I email them to the practice "
        "to code, which doubles the work.",
        themes("it", "out"),
    ),
    (
        "I love the work but the pay is poor for what we carry and there's nowhere to progress to.",
        themes("pos", "pay", "career"),
    ),
    (
        "GPs send anything they don't know what to do with - debt, housing, safeguarding - because they don't "
        "really get what we're for.",
        themes("clin", "refer"),
    ),
    (
        "Council-employed on a fixed-term contract that ends in March, and the not knowing is really getting to "
        "me.",
        themes("pay", "well"),
    ),
    (
        "Training on SNOMED and the new SystmOne template please. I'm honestly not sure I'm coding the outcome "
        "measures the way the Information Standard wants.",
        themes("it", "out"),
    ),
    (
        "Supervision with someone clinical, especially after the hard cases. Some of what people tell us is "
        "traumatic and it stays with you.",
        themes("sup", "well"),
    ),
    (
        "Services we refer to keep closing and the rest are full, so people come straight back to us and the "
        "caseload just grows.",
        themes("comm", "staff"),
    ),
    (
        "We were handed the Outcomes Star with no training at all and I'm not convinced any of us are using it "
        "properly.",
        themes("train", "out"),
    ),
    (
        "With 90 on my list there's no time to do follow-up ONS4s, so our data looks worse than the work "
        "actually is.",
        themes("staff", "out"),
    ),
    (
        "The PCN only looks at how many contacts I've logged, not what difference it made. Feels like they see "
        "us as a numbers exercise.",
        themes("clin", "out"),
    ),
    (
        "I work for the local authority so I can't get onto the GP system at all. Our outcome data sits in a "
        "separate case management system that never joins up with the GP record.",
        themes("it", "out"),
    ),
    ("I love it, but some weeks it takes everything out of me.", themes("pos", "well")),
    # awkward: theme word present, theme does not apply
    ("Outcomes for my patients are great - most tell me they feel far less isolated after a few weeks.", themes("pos")),
    (
        "I've been training older patients to use the NHS App - they love it and it's opened up a lot for them.",
        themes("pos"),
    ),
    (
        "Patients' wellbeing scores go up almost every time - average WEMWBS change on my caseload is about 8 "
        "points.",
        themes("pos"),
    ),
    (
        "Last year I'd have said pay but we were regraded to band 5 in April and it's made a real difference.",
        themes("pos"),
    ),
    (
        "We used to do ONS4 on paper and type it up after, now it's built into the EMIS template and takes a "
        "couple of minutes.",
        themes("pos"),
    ),
    # awkward: praise mentioning a concern topic
    (
        "My clinical supervisor through the charity that hosts me is excellent. Monthly sessions, I couldn't do "
        "this job without them.",
        themes("pos"),
    ),
    (
        "Our ICB outcomes dashboard is actually useful. I can show practices the WEMWBS changes and it's helped "
        "them understand what we do.",
        themes("pos"),
    ),
    (
        "The Information Standard has made things simpler for us, everyone in the PCN codes the same way now.",
        themes("pos"),
    ),
    # awkward: hedged wishes
    ("Maybe a refresher on which SNOMED codes to use in EMIS, though I'm mostly getting by.", themes("it")),
    (
        "Not a big thing but perhaps a bit more contact with other link workers across the ICB would be nice.",
        themes("sup"),
    ),
    (
        "Possibly fewer measures? We do ONS4, MYCAW and the Outcomes Star for some people, which feels like a "
        "lot, but I understand why.",
        themes("out"),
    ),
    (
        "Never heard of the Information Standard until this survey. Would be good if someone explained what it "
        "means for us.",
        themes("out"),
    ),
    # awkward: negated themes
    ("I don't need more training, I need time to use what I already know. The caseload is huge.", themes("staff")),
    (
        "Pay isn't the issue for me, and the data side is fine. It's that the GPs don't know what to do with "
        "us.",
        themes("clin"),
    ),
    (
        "No issues with IT. It's the outcome forms that eat my time - ONS4 at the start, middle and end for "
        "every single client.",
        themes("out"),
    ),
    ("I'm not burnt out, just fed up that there's no way up from here.", themes("career")),
    (
        "Recording outcomes isn't a problem for me. The problem is there are hardly any groups left to send "
        "people to.",
        themes("comm"),
    ),
    # non-responses
    ("n/a", themes()),
    ("Nothing else to add, thanks", themes()),
    ("-", themes()),
    ("See above", themes()),
    ("no", themes()),
]

# Written blind like HOLDOUT_9, by a seventeenth engineer: the sector's own vocabulary (host organisation, ARRS,
# ICB, KPIs, Agenda for Change, TUPE), new starters and old hands comparing then and now; labelled before the
# first run (against 1.13.0).
HOLDOUT_25: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "When I started four years ago nobody at the surgery knew what I was for. It's a bit better now but "
        "some of the GPs still think I'm there to book taxis and do blue badge forms. A proper briefing for "
        "clinical staff on what personalised care actually means would help.",
        themes("clin"),
    ),
    (
        "Anything that isn't obviously medical gets shunted my way by the duty doctor. I'm not a leaflet "
        "service and I'm not an overflow for reception.",
        themes("clin"),
    ),
    (
        "Three months in post and I'm still introduced at practice meetings as 'the care navigator'. The "
        "partners lump me in with the health coaches and care coordinators as if we're all interchangeable "
        "admin.",
        themes("clin"),
    ),
    (
        "It would help if the PCN clinical director and the ARRS leads actually championed the role to the "
        "practices. At the moment half the nurses don't know I exist.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "Five years in and I'm on exactly the same band 4 I started on. There's no senior link worker post, no "
        "team lead, nothing. If I want to move up I'll have to leave social prescribing altogether.",
        themes("career"),
    ),
    (
        "Every advert I see on NHS Jobs is the same SPLW post at the same grade. A proper structure - band 5 "
        "senior, band 6 lead - with competencies attached would keep experienced people in the workforce.",
        themes("career"),
    ),
    (
        "As a new starter I'd like to know what a career in this looks like in 5 or 10 years. Is there a route "
        "into the ICB personalised care team, or into management? Nobody I've asked seems to know.",
        themes("career"),
    ),
    ("The role is a cul-de-sac. The health coaches in our PCN have a clear next step up, we don't.", themes("career")),
    # typical: training_development
    (
        "Proper, funded training in trauma-informed approaches rather than a one-hour e-learning module. Half "
        "my patients have ACEs in their background and I'd like to feel more skilled working with that.",
        themes("train"),
    ),
    (
        "My induction was two days of mandatory NHS modules (fire safety, IG) and then straight onto patients. "
        "Something structured for the first three months - motivational interviewing, benefits basics, housing "
        "- would have made a big difference.",
        themes("train"),
    ),
    (
        "My host organisation has a learning budget on paper, but in practice the PCN won't release me for a "
        "day's course. Ring-fenced CPD days would help.",
        themes("train"),
    ),
    (
        "I'd love to do a level 4 in counselling skills, or the Personalised Care Institute modules properly, "
        "and have them count towards something recognised.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "I cover five practices across two towns, about 60,000 patients. There's a seven-week wait for a first "
        "appointment with me.",
        themes("staff"),
    ),
    (
        "When I started we had three link workers for the PCN. Two left and the posts were never backfilled, so "
        "my list has doubled.",
        themes("staff"),
    ),
    (
        "An admin or a care coordinator to do the booking, reminder texts and chasing DNAs so I can actually "
        "spend my time with patients.",
        themes("staff"),
    ),
    (
        "Realistic limits on how many people we hold. I've got over 120 open cases, which isn't safe and "
        "certainly isn't personalised.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "Three months in and still no smartcard. I have to ask the HCA to read me bits of the notes over the "
        "phone.",
        themes("it"),
    ),
    (
        "Read-only on SystmOne means I can't record my own contacts - a GP has to code them for me after the "
        "fact.",
        themes("it"),
    ),
    (
        "A laptop that works off-site. I do home visits and community sessions and can't get into anything "
        "remotely, so I'm writing notes up on paper and typing them in later.",
        themes("it"),
    ),
    (
        "Some proper training on EMIS, especially which SNOMED codes to use for social prescribing referrals "
        "and declines. Everyone in our PCN codes it differently.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "I've never had clinical supervision in two years. My line manager is the practice manager, who has no "
        "idea what the role involves, so there's nobody to talk difficult cases through with.",
        themes("sup"),
    ),
    (
        "Being employed by the host organisation but based in the surgery means I fall between two stools. The "
        "charity does a monthly Teams check-in and beyond that nobody at either end really manages me.",
        themes("sup"),
    ),
    (
        "Other link workers to talk to. I'm the only one in my PCN and it's lonely. A regular network across "
        "the ICS would help.",
        themes("sup"),
    ),
    (
        "Separate clinical supervision from line management, please. I can't be open about the cases I'm "
        "struggling with when the same person does my appraisal.",
        themes("sup"),
    ),
    # typical: pay_job_security
    ("Fixed-term again, rolled over twelve months at a time. I can't get a mortgage on that.", themes("pay")),
    (
        "Band 4 for the level of risk we hold is not right. The care coordinators are on the same band and "
        "carry a fraction of it.",
        themes("pay"),
    ),
    (
        "Nobody knows what happens to ARRS after this contract. We've been told the ICB may or may not "
        "recommission and I'm applying for other jobs just in case.",
        themes("pay"),
    ),
    (
        "We were TUPE'd from the council to a VCSE host last year and lost our NHS pension and Agenda for "
        "Change terms. In real terms my salary has gone backwards.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "The groups I used to send people to have gone. Since 2022 we've lost the lunch club, the men's shed "
        "and the befriending scheme when their grants ran out.",
        themes("comm"),
    ),
    (
        "Rural patch with one bus a day. Even when there's a good group in town my patients simply can't get "
        "there.",
        themes("comm"),
    ),
    (
        "Nine-month wait for the community counselling service, and the debt advice charity has closed its "
        "books. I'm referring into thin air.",
        themes("comm"),
    ),
    (
        "Voluntary sector partners need sustained money from the ICB, not six-month pots. Every time I build a "
        "relationship with a group it folds.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "I'm being sent people in acute mental health crisis because the crisis team won't take them. That's "
        "not what social prescribing is for.",
        themes("refer"),
    ),
    (
        "The job keeps stretching. I'm now doing PIP forms, housing appeals and ringing DWP for people because "
        "there's no one else. That's welfare rights work, not link work.",
        themes("refer"),
    ),
    (
        "Referrals with live safeguarding issues where the GP hasn't told the safeguarding lead and just "
        "expects me to sort it out.",
        themes("refer"),
    ),
    (
        "The complexity has gone up massively since I started in 2019. I used to see lonely older people "
        "wanting a walking group; now it's homelessness, addiction and domestic abuse all in one referral.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "ICB contract monitoring wants KPIs every quarter on numbers seen, but nobody asks what changed for "
        "people. The figures we send don't show the value of what we do.",
        themes("out"),
    ),
    (
        "Doing an ONS4 with someone who's just been bereaved feels wrong. The scores don't fit the people we "
        "see.",
        themes("out"),
    ),
    (
        "Recording everything twice - once on EMIS and again on the host's spreadsheet for the commissioner. "
        "It's hours every week.",
        themes("out"),
    ),
    (
        "One agreed measure across the ICS. Every PCN uses something different (WEMWBS, MYCAW, home-made forms) "
        "so nothing can be compared.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "I'm exhausted. Hearing traumatic stories all day with no gap to decompress is taking its toll, and "
        "I've been signed off twice this year.",
        themes("well"),
    ),
    (
        "Secondary trauma is real in this job and it isn't talked about enough. Some of what I hear stays with "
        "me for weeks.",
        themes("well"),
    ),
    ("Five years in and I'm running on empty. I dread Sunday nights now.", themes("well")),
    (
        "More attention to our own mental health. We carry people's grief and despair home with us every night.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "Honestly I love this role. Seeing someone who hadn't left the house in a year turn up at the community "
        "garden is why I do it.",
        themes("pos"),
    ),
    (
        "I've got a brilliant team - two other link workers, a health coach and a care coordinator - and our "
        "weekly catch-up keeps me going.",
        themes("pos"),
    ),
    ("Really well backed by my PCN. I'm invited to the MDT huddles and my input is taken seriously.", themes("pos")),
    (
        "Four months in and loving it. The induction from my host organisation was thorough and my supervisor "
        "is great.",
        themes("pos"),
    ),
    # awkward: past problem now resolved
    (
        "When I started in 2020 we had no smartcards and I had to get reception to book everything for me. Now "
        "I have full EMIS access and code my own work, which has made a huge difference.",
        themes("pos"),
    ),
    (
        "When I started we were all on fixed-term contracts, but last year the PCN made every link worker "
        "permanent and it's taken a real weight off.",
        themes("pos"),
    ),
    # awkward: a colleague's pay, real point is elsewhere
    (
        "Glad my colleague finally got regraded to band 5 after a two-year fight. For me, what would help is "
        "not covering six surgeries - the waiting list is out of control.",
        themes("staff"),
    ),
    # awkward: safeguarding lead who is not the LW's supervisor
    (
        "Our practice safeguarding lead is fantastic and always picks concerns up quickly when I raise them.",
        themes("pos"),
    ),
    # awkward: patients' wellbeing, not the LW's
    (
        "Patients' wellbeing has taken a real hit with the cost of living, and the food bank and warm spaces "
        "are stretched to breaking point.",
        themes("comm"),
    ),
    # awkward: care coordinator as a job title
    ("Our care coordinator got her smartcard in her first week; I've been waiting since January.", themes("it")),
    # awkward: hedged wishes
    (
        "Maybe some training on benefits and debt at some point, if there's budget, but it's not urgent.",
        themes("train"),
    ),
    (
        "I'm not sure I want to be a link worker forever. It'd be nice to know if there's anything beyond band "
        "4, even just a senior post.",
        themes("career"),
    ),
    # awkward: negated themes
    (
        "It isn't pay or contracts that's the problem - it's that the ICB reporting template changes every "
        "quarter and we have to re-pull a year's data each time.",
        themes("out"),
    ),
    (
        "I don't feel burnt out, despite what people assume about this job. I'd just like another link worker "
        "so the waits come down.",
        themes("staff"),
    ),
    # awkward: multi-theme
    (
        "New in post since September. No smartcard yet, no induction to speak of, and I'm the only SPLW in the "
        "PCN so I've nobody to ask how things work.",
        themes("it", "train", "sup"),
    ),
    (
        "Since we moved from the council contract to a VCSE host under TUPE our pay's been frozen and clinical "
        "supervision stopped entirely.",
        themes("pay", "sup"),
    ),
    (
        "The GPs send anyone they don't know what to do with - psychosis, eviction, hoarding - and then wonder "
        "why my waiting list is 10 weeks.",
        themes("clin", "refer", "staff"),
    ),
    (
        "I love the work and my GP partners are supportive, but the contract ends in March and I've heard "
        "nothing about renewal.",
        themes("pos", "pay"),
    ),
    (
        "When I started in 2018 there were loads of groups to refer to and I had time for each person. Now the "
        "groups have gone and I'm seeing 15 people a day.",
        themes("comm", "staff"),
    ),
    (
        "Our host organisation is trauma-informed on paper, but there's no debrief after difficult sessions and "
        "I've been carrying a lot. I went off with stress in the spring.",
        themes("well", "sup"),
    ),
    (
        "I can't get the SNOMED codes to pull through to the PCN dashboard, so our numbers look terrible to the "
        "ICB. Nobody has ever shown us how to code it properly.",
        themes("it", "out"),
    ),
    (
        "Most of the GPs are great now, but the new locums and the pharmacy team still think I'm a "
        "receptionist.",
        themes("pos", "clin"),
    ),
    (
        "It's the most rewarding job I've done, but it's emotionally heavy and some weeks I'm completely wiped "
        "out.",
        themes("pos", "well"),
    ),
    (
        "Things that would help: 1) admin support 2) an outcome tool that isn't WEMWBS 3) SystmOne access from "
        "home 4) a senior band 5 post to progress into.",
        themes("staff", "out", "it", "career"),
    ),
    # awkward: ARRS / secondment / health coaches mentioned, theme differs or is positive
    (
        "ARRS has been great for our PCN - it meant we could build a proper personalised care team, with health "
        "coaches and care coordinators alongside us.",
        themes("pos"),
    ),
    (
        "I was lucky to get a secondment into the ICB personalised care team last year, and it showed me there "
        "are routes up if you look for them.",
        themes("pos"),
    ),
    (
        "I'm on secondment from the local authority until June and nobody can tell me whether I'll be made "
        "permanent or sent back.",
        themes("pay"),
    ),
    (
        "The health coaches were moved to band 5 under the new job evaluation and we weren't, for a job that "
        "carries more risk.",
        themes("pay"),
    ),
    # awkward: theme word used in a different sense
    ("I run a six-week confidence course for patients, which is going really well.", themes("pos")),
    (
        "I've done level 3 safeguarding and I'm confident raising concerns; the problem is I'm getting "
        "referrals that are basically safeguarding cases and should have gone to social care.",
        themes("refer"),
    ),
    (
        "The local college's free adult courses were a brilliant route for my patients and they've just been "
        "cut.",
        themes("comm"),
    ),
    # non-responses
    ("n/a", themes()),
    ("No.", themes()),
    ("Nothing further to add, thank you", themes()),
    ("-", themes()),
    ("See above", themes()),
]

# Written blind like HOLDOUT_9, by an eighteenth engineer: answers typed as lists (bullets on new lines,
# numbered priorities, headings, bare nouns); labelled before the first run (against 1.15.0).
HOLDOUT_26: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Challenges:\n- GPs see me as 'the leaflet person'\n- Half the practice has no clue what I do all "
        "day\n- Get treated like an extra receptionist when they're short",
        themes("clin"),
    ),
    (
        "1) Proper recognition of the role from the clinical staff\n2) Practice teams being told what social "
        "prescribing actually is\n3) Being invited to clinical meetings, not tacked on at the end",
        themes("clin"),
    ),
    (
        "What would help:\n• Awareness sessions for the GPs and nurses\n• A one-page explainer for new "
        "registrars\n• Partners accepting this is a professional job and not somewhere to offload anything "
        "awkward",
        themes("clin"),
    ),
    ("Respect. Understanding. Being taken seriously by the surgery.", themes("clin")),
    # typical: career_progression
    (
        "- No senior roles anywhere in our area\n- Been on the same band for 4 years\n- Nowhere to go next "
        "unless I leave social prescribing altogether",
        themes("career"),
    ),
    (
        "Biggest challenges:\n1. No career structure\n2. No lead or team leader posts\n3. Same job in 10 years' "
        "time as far as I can see",
        themes("career"),
    ),
    (
        "* A proper national framework for moving up\n* Senior link worker roles at band 5/6\n* Experience "
        "counting for something when you apply for the next step",
        themes("career"),
    ),
    ("Progression routes. Senior posts. A next step.", themes("career")),
    # typical: training_development
    (
        "What would help:\n- Funded courses (counselling skills, motivational interviewing)\n- A CPD budget\n- "
        "Time set aside to actually do the learning",
        themes("train"),
    ),
    (
        "1) Better induction when you start\n2) Mental health first aid refresher\n3) A recognised "
        "qualification for the role",
        themes("train"),
    ),
    (
        "Training. Training. Training. Especially on benefits and housing law so I can give people accurate "
        "info.",
        themes("train"),
    ),
    (
        "• Online modules only go so far, we need face-to-face learning\n• Shadowing days with other teams\n• "
        "Annual study leave",
        themes("train"),
    ),
    # typical: staffing_capacity
    ("Challenges:\n- Caseload of 90+\n- 8 week wait to see me\n- Covering 5 surgeries across the PCN", themes("staff")),
    (
        "1. More link workers in the PCN\n2. Admin help with booking and letters\n3. A cap on how many people "
        "we hold at once",
        themes("staff"),
    ),
    ("- Too many patients\n- Not enough of us\n- Referrals come in faster than I can see them", themes("staff")),
    ("Demand, demand, demand. There are 2 of us for 60,000 patients.", themes("staff")),
    # typical: it_systems_access
    (
        "- No smartcard after 8 months\n- Can't write in the notes so I have to email the GP every time\n- "
        "Using my own mobile for patient calls",
        themes("it"),
    ),
    (
        "What would help:\n• Full SystmOne access\n• A laptop that works from home\n• Someone to show me how to "
        "code properly on the system",
        themes("it"),
    ),
    (
        "1) EMIS at every practice I work in (only have it at one)\n2) Training on the SNOMED codes for social "
        "prescribing",
        themes("it"),
    ),
    ("IT. Logins. Remote access.", themes("it")),
    # typical: supervision_support
    (
        "- No clinical supervision at all\n- Line manager is based at another site, see her twice a year\n- "
        "Would love a peer group",
        themes("sup"),
    ),
    (
        "Challenges:\n1. Only SPLW in the building\n2. Nobody to debrief with after difficult calls\n3. Monthly "
        "supervision keeps getting cancelled",
        themes("sup"),
    ),
    (
        "• Regular supervision with someone who gets social prescribing\n• Link worker network meetings\n• A "
        "team to belong to",
        themes("sup"),
    ),
    ("Lonely. No team. No manager to ask.", themes("sup")),
    # typical: pay_job_security
    (
        "- Salary is too low for what we deal with\n- Band 4 money for band 6 responsibility\n- Mileage rate "
        "doesn't cover petrol",
        themes("pay"),
    ),
    (
        "Biggest worries:\n1. Contract ends in March\n2. Don't know if ARRS money will continue\n3. Can't get a "
        "mortgage on a fixed-term post",
        themes("pay"),
    ),
    ("* Permanent contracts\n* Pay in line with other ARRS roles\n* Some certainty about next year", themes("pay")),
    ("Money. Security. A contract longer than 12 months.", themes("pay")),
    # typical: community_capacity
    (
        "- Lots of local groups have shut since covid\n- Counselling waits are 6+ months\n- Nothing for men "
        "over 50 round here",
        themes("comm"),
    ),
    (
        "Challenges:\n• Rural patch - no buses to get people to groups\n• Voluntary sector losing grants every "
        "year\n• Things I refer to fold within months",
        themes("comm"),
    ),
    (
        "1) Funding for the small charities we rely on\n2) More free or low-cost activities\n3) Befriending "
        "schemes that actually have space",
        themes("comm"),
    ),
    ("Gaps. Nowhere to send people. Waiting lists at every service I refer to.", themes("comm")),
    # typical: referral_appropriateness
    (
        "- Getting referrals for people in active crisis\n- Safeguarding cases passed to me because no one else "
        "will take them\n- Patients who need a social worker, not me",
        themes("refer"),
    ),
    (
        "What would help:\n1. Clear referral criteria for the practice\n2. GPs not sending suicidal patients to "
        "a non-clinical role\n3. Complex debt going straight to specialist advice, not via me",
        themes("refer"),
    ),
    (
        "* Job keeps growing - now doing housing applications and PIP forms\n* People with severe and enduring "
        "mental illness being referred\n* Too complex for what we can offer",
        themes("refer"),
    ),
    ("Complexity. Crisis referrals. Homelessness cases that belong with the council.", themes("refer")),
    # typical: outcomes_data
    (
        "- Too much time filling in ONS4 and WEMWBS\n- Reporting to the PCN and the ICB in different formats\n- "
        "Numbers don't show the real difference we make",
        themes("out"),
    ),
    (
        "What would help:\n• One simple measure everyone uses\n• Not having to write case studies every "
        "month\n• One reporting template instead of three",
        themes("out"),
    ),
    (
        "1) Clarity on what we're meant to record\n2) Help evidencing impact to commissioners\n3) Less entering "
        "the same figures twice",
        themes("out"),
    ),
    ("Stats. Spreadsheets. Monthly returns.", themes("out")),
    # typical: wellbeing_burnout
    (
        "- Exhausted most weeks\n- Hearing people's trauma all day takes its toll\n- Been off sick with stress "
        "this year",
        themes("well"),
    ),
    (
        "Challenges:\n1. Burning out\n2. Taking worries home with me\n3. The emotional weight of the "
        "conversations",
        themes("well"),
    ),
    (
        "• Time to decompress between heavy appointments\n• Looking after us, not just the patients\n• Staff "
        "counselling",
        themes("well"),
    ),
    ("Stressed. Drained. Running on empty.", themes("well")),
    # typical: positive_experience
    (
        "- Love the job\n- My GPs are brilliant and really back me\n- Seeing people come back to life is the "
        "best bit",
        themes("pos"),
    ),
    ("Anything else:\n1. Best job I've had\n2. Great team at the PCN\n3. Patients are so grateful", themes("pos")),
    ("* Rewarding\n* Flexible\n* Appreciated by my practice", themes("pos")),
    ("Happy. Supported. Proud of what we do.", themes("pos")),
    # awkward: multi-theme lists
    (
        "Challenges:\n- Caseload way too high\n- No supervision\n- Contract ends in 6 months",
        themes("staff", "sup", "pay"),
    ),
    ("1) Pay\n2) Progression\n3) Training", themes("pay", "career", "train")),
    (
        "What would help:\n- Clinical supervision\n- Knowing I'll still have a job next year\n- Less stress",
        themes("sup", "pay", "well"),
    ),
    (
        "Time (my list is huge). Money (pay is poor). Support (no supervision since I started).",
        themes("staff", "pay", "sup"),
    ),
    (
        "Challenges:\n1. EMIS is read-only\n2. Reporting takes a whole day a month\n3. GPs send me safeguarding "
        "issues\n4. No band 5 posts to move into",
        themes("it", "out", "refer", "career"),
    ),
    (
        "1) More link workers\n2) Admin support\nBecause at the moment I spend half my day booking rooms and "
        "chasing letters instead of seeing patients.",
        themes("staff"),
    ),
    # awkward: theme word present but theme does not apply
    (
        "- Patients' wellbeing is going downhill with the cost of living\n- Food banks overwhelmed\n- Nowhere "
        "affordable for people to go",
        themes("comm"),
    ),
    (
        "- The receptionists are so underpaid, I don't know how they stay\n- For me: getting full EMIS access",
        themes("it"),
    ),
    ("- So many patients lonely and isolated since lockdown\n- Need more befriending groups", themes("comm")),
    (
        "- Patients need debt advice and Citizens Advice has a 6 week wait\n- Mental health charities closing",
        themes("comm"),
    ),
    (
        "- Patients not understanding what social prescribing is and expecting counselling\n- Getting referrals "
        "for people who really need the mental health team",
        themes("refer"),
    ),
    ("- WEMWBS is a pain to do over the phone\n- Patients find the wellbeing questions intrusive", themes("out")),
    (
        "- I deliver training to the new GP registrars on social prescribing and they love it\n- Main issue is "
        "still no access to SystmOne",
        themes("pos", "it"),
    ),
    (
        "- Funding cuts across the VCSE sector\n- My own contract is permanent so not worried there\n- Groups "
        "closing",
        themes("comm"),
    ),
    # awkward: past problem now resolved
    (
        "- IT was a nightmare in my first year but it's all sorted now\n- Main challenge now is the number of "
        "practices I cover (4)",
        themes("staff"),
    ),
    (
        "- I was burnt out last year but my new manager has made a huge difference\n- Still need more local "
        "services, lots of gaps",
        themes("pos", "comm"),
    ),
    # awkward: praise items mixed with concerns
    (
        "Challenges:\n- Funding for the post only guaranteed to March\n- Not enough for young people "
        "locally\nPositives:\n- My practice manager is fantastic",
        themes("pay", "comm", "pos"),
    ),
    ("- Love my job\n- GPs don't really get it though - still get asked to do admin", themes("pos", "clin")),
    ("* Brilliant team\n* GPs value me\n* Only thing - a laptop for home visits would help", themes("pos", "it")),
    (
        "- Came into this as a career change and don't regret it\n- Workload is heavy though, 70 on my list",
        themes("pos", "staff"),
    ),
    (
        "- Outcome tools are fine, we use MYCAW and it works well\n- Problem is getting patients to groups - no "
        "transport in the villages",
        themes("pos", "comm"),
    ),
    (
        "- Had loads of good training this year through the academy\n- What I'm missing is a local peer network",
        themes("pos", "sup"),
    ),
    # awkward: hedged wishes and negations
    ("Maybe some more training would be nice at some point, but honestly it's ok.", themes("train")),
    ("Supervision is ok-ish, could be more regular I suppose. Everything else fine.", themes("sup")),
    (
        "- Not pay - that's fine for me\n- It's the lack of a career path that gets me\n- No senior roles at "
        "all",
        themes("career"),
    ),
    (
        "Not IT, not supervision - both are good here. What I need is more link workers, we have a 10 week "
        "wait.",
        themes("pos", "staff"),
    ),
    # awkward: substantive but no theme
    ("- Thank you for asking\n- Would be good if the results were shared with us this time", themes()),
    # non-responses
    ("N/A", themes()),
    ("- ", themes()),
    ("Nothing else to add.", themes()),
    ("see previous answers", themes()),
    ("1) -\n2) -", themes()),
]

# Written blind like HOLDOUT_9, by a nineteenth engineer: particular settings (children and young people, rural
# and coastal, inner city, trust- or council-hosted, lone working); labelled before the first run (against 1.15.0).
HOLDOUT_27: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "I'm the children and young people's link worker across three secondary schools and the practice, and "
        "half the staff still think I'm there to sort out attendance. The surgery sends me kids with no "
        "explanation of why. Someone needs to tell the GPs what the role actually is.",
        themes("clin"),
    ),
    (
        "The doctors at my inner-city practice see me as the person who does bus passes and blue badge forms. "
        "I've got a lot more to offer than that but nobody has ever asked.",
        themes("clin"),
    ),
    (
        "Being hosted by the mental health trust, the clinical teams don't really get where I fit. The "
        "psychologists assume I'm a support worker and the CPNs think I'm a befriender. Some proper recognition "
        "from the trust would go a long way.",
        themes("clin"),
    ),
    (
        "Reception tell patients I'm 'the lady with the leaflets'. Ten minutes at a practice meeting explaining "
        "what I really do would make a massive difference.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "I've been on band 4 with the council for five years. There's no senior link worker post, no team lead, "
        "nothing to aim for. If I want to get on I'll have to leave social prescribing altogether.",
        themes("career"),
    ),
    (
        "Coastal PCN, team of two, and there's just nowhere to go. Would love to see a proper structure so "
        "experienced link workers can step up rather than stand still.",
        themes("career"),
    ),
    (
        "Where does this job lead? I'd happily stay working with young people for years but there's no ladder, "
        "no lead roles and no recognition of experience.",
        themes("career"),
    ),
    (
        "Honestly it feels like a cul-de-sac. Same grade as the day I started, even though I now informally "
        "show every new starter the ropes.",
        themes("career"),
    ),
    # typical: training_development
    (
        "Working with teenagers I'd really value proper courses on self-harm and young people's safeguarding. "
        "I've picked most of it up as I went along.",
        themes("train"),
    ),
    (
        "My induction was a morning with the practice manager. Something structured on motivational "
        "interviewing and health coaching would help me do the job properly.",
        themes("train"),
    ),
    (
        "So many of my patients are newly arrived that I'd like some learning on working through interpreters "
        "and on the basics of the asylum system.",
        themes("train"),
    ),
    (
        "There's a learning budget on paper but I can never get the time off to use it. Ring-fenced time for "
        "CPD please.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "I cover five practices spread over about forty miles of rural Norfolk. By the time I've driven between "
        "them half the day's gone, and people are now waiting six weeks to see me.",
        themes("staff"),
    ),
    (
        "Demand is through the roof. The list is 18,000 in one of the most deprived wards in the city and "
        "there's one of me.",
        themes("staff"),
    ),
    (
        "We desperately need another CYP link worker. The schools refer far more than I can see and I've had to "
        "close my list twice this year.",
        themes("staff"),
    ),
    (
        "Some admin help would make a real difference - booking rooms in village halls, chasing consent forms, "
        "posting letters. I spend more time on that than with people.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "I'm employed by the council so I've no smartcard and can't get into SystmOne. I rely on the practice "
        "nurse reading me bits of the record over the phone.",
        themes("it"),
    ),
    (
        "Signal out on the moors is patchy at best and the laptop won't connect to EMIS remotely, so I write "
        "everything on paper in the car and type it up hours later.",
        themes("it"),
    ),
    (
        "I can read EMIS but I can't add anything, so my notes sit in a separate spreadsheet nobody else looks "
        "at.",
        themes("it"),
    ),
    (
        "Nobody ever showed me how to use the templates or which SNOMED codes to pick, so I'm probably coding "
        "half my contacts wrong.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "I'm hosted by the mental health trust but nobody there supervises me clinically, and my manager is in "
        "a different building - I've met her twice. I need regular supervision from someone who understands the "
        "work.",
        themes("sup"),
    ),
    (
        "Only link worker in a rural PCN. No one to bounce things off, no team meetings. I'm on my own out "
        "here.",
        themes("sup"),
    ),
    (
        "Doing home visits on my own most days, I'd feel much better with a buddy system and someone to debrief "
        "with after a hard visit.",
        themes("sup"),
    ),
    (
        "A network of other children's link workers would help - I'm the only one in the county and there's "
        "nobody to share ideas with.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "Band 4 for the level of risk we hold in the inner city isn't right. The HCAs in the same building earn "
        "more than me.",
        themes("pay"),
    ),
    (
        "My contract runs to March and every year we wait to hear whether the ARRS money will be there. Very "
        "hard to plan a life around that.",
        themes("pay"),
    ),
    (
        "I do 300-odd miles a month on rural visits and the mileage rate hasn't kept pace with fuel. I'm "
        "effectively paying to do my job.",
        themes("pay"),
    ),
    (
        "The council post is grant funded and the grant finishes next year. Nobody can tell us whether we'll "
        "still be employed.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "There's nothing for young people round here after 5pm. The youth club shut, CAMHS is over a year's "
        "wait, and I've nowhere to send anxious teenagers in the meantime.",
        themes("comm"),
    ),
    (
        "Patients in the villages can't get to anything. One bus a day if they're lucky, and all the groups are "
        "in town.",
        themes("comm"),
    ),
    (
        "Half the voluntary groups I used to send people to have lost their money since last year. The lunch "
        "club, the men's shed, the carers' cafe - all gone.",
        themes("comm"),
    ),
    (
        "ESOL classes have a months-long waiting list and there's very little locally for asylum seekers beyond "
        "the food bank.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "I'm getting referrals for children with live safeguarding concerns and kids in crisis who need CAMHS, "
        "not a link worker. It isn't safe and it isn't what I'm there for.",
        themes("refer"),
    ),
    (
        "GPs send me people with huge debts, eviction notices and immigration cases expecting me to sort them "
        "out. That's specialist advice work, not social prescribing.",
        themes("refer"),
    ),
    (
        "Because I sit in the trust I get handed people straight off the crisis team caseload who are nowhere "
        "near ready for a community group.",
        themes("refer"),
    ),
    (
        "The job keeps creeping. I'm now doing benefit appeals, housing applications and chasing social "
        "services, and the actual social prescribing gets squeezed out.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "The outcome measures don't work for kids. Asking a 12-year-old to fill in WEMWBS is pointless. We need "
        "something that fits their age.",
        themes("out"),
    ),
    (
        "So much time on data. Every contact coded, every ONS4 recorded, then a monthly return to the PCN and a "
        "different one to the council.",
        themes("out"),
    ),
    (
        "Showing impact is really hard when most of my patients don't speak English and none of the "
        "questionnaires are translated.",
        themes("out"),
    ),
    (
        "Commissioners keep asking for proof we make a difference but nobody has given us a decent way of "
        "evidencing it.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "Some of what I see on home visits stays with me - self-neglect, people living in awful conditions. I "
        "go home and can't switch off.",
        themes("well"),
    ),
    (
        "I'm exhausted. I've been signed off with stress once already this year and I can feel it building "
        "again.",
        themes("well"),
    ),
    (
        "The stories the asylum seekers I work with tell me are harrowing. I don't think anyone realises the "
        "toll it takes on me.",
        themes("well"),
    ),
    (
        "Long days, driving home in the dark, still thinking about the teenager who told me she wanted to die. "
        "It's wearing me down.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "I love this job. Seeing a lad who hadn't left his bedroom in months turn up to the football session "
        "made my year.",
        themes("pos"),
    ),
    (
        "My practice team are brilliant, the GPs always make time for me and I genuinely feel part of things.",
        themes("pos"),
    ),
    (
        "Being part of the council's wellbeing team has been great - supportive manager, good colleagues, and I "
        "feel trusted to get on with it.",
        themes("pos"),
    ),
    (
        "The village hall groups here are fantastic and the community really pulls together. It's a rewarding "
        "place to work.",
        themes("pos"),
    ),
    # awkward: multi-theme
    (
        "CAMHS waits are over 18 months so the schools push everything to me instead, including kids who are "
        "actively self-harming. I'm one person across six schools and it's really getting to me.",
        themes("comm", "refer", "staff", "well"),
    ),
    (
        "Fixed-term contract, no progression, stuck on band 4. I love the work but I can't see myself staying.",
        themes("pay", "career", "pos"),
    ),
    (
        "No access to SystmOne from the council laptop and no supervision either. I feel very much on the "
        "outside.",
        themes("it", "sup"),
    ),
    (
        "I cover four practices across a big rural patch, hours in the car, and the mileage rate is a joke. And "
        "when I get there, there's hardly anything to refer people on to.",
        themes("staff", "pay", "comm"),
    ),
    (
        "I'd like some training in trauma-informed practice and supervision from someone clinical, given what "
        "the asylum seekers I see have been through.",
        themes("train", "sup"),
    ),
    (
        "The GPs don't understand what I do, so they send me the patients nobody else wants - severe mental "
        "illness, safeguarding, the lot.",
        themes("clin", "refer"),
    ),
    (
        "Recording outcomes takes forever because the EMIS templates are clunky and I've never been shown how "
        "to use them properly.",
        themes("out", "it"),
    ),
    (
        "My caseload is huge and I'm burning out. I've been asking for a second link worker for two years.",
        themes("staff", "well"),
    ),
    # awkward: theme word present but theme does not apply
    (
        "Young people's mental wellbeing is the main reason I get referrals - anxiety, low mood, not going to "
        "school. I love working with them though.",
        themes("pos"),
    ),
    (
        "A lot of the parents I see are on zero-hours contracts and terrified of losing shifts, and there's "
        "next to no employment or debt advice locally to send them to.",
        themes("comm"),
    ),
    (
        "The school I'm based in is short-staffed - they've lost two TAs and the SENCo is off - but the "
        "pastoral team still meet me every week, which I really appreciate.",
        themes("pos"),
    ),
    (
        "We had no EMIS access at all when I started, but that got sorted last year and it's made a huge "
        "difference.",
        themes("pos"),
    ),
    (
        "Supervision was a problem at first but the trust now runs monthly group supervision and it's "
        "excellent.",
        themes("pos"),
    ),
    (
        "Training has been good - the council paid for my mental health first aid and a safeguarding course "
        "this year.",
        themes("pos"),
    ),
    ("The GPs really value what I do and often ask for my view on patients.", themes("pos")),
    # awkward: hedged wishes
    ("Maybe a bit more training at some point, but honestly I'm fine for now.", themes("train")),
    ("It might help if we had a little more admin time? Not sure.", themes("staff")),
    # awkward: negated themes
    (
        "Pay is fine, I'm not in it for the money. What I need is somewhere to send people - the nearest "
        "befriending service has a nine-month wait.",
        themes("comm"),
    ),
    (
        "No problems with IT or supervision. The only thing I'd say is the school nurse's referrals are often "
        "safeguarding cases that should be going to children's social care.",
        themes("refer"),
    ),
    (
        "I don't feel burnt out, but I do feel invisible to the consultants in the trust - they've no idea what "
        "social prescribing is.",
        themes("clin"),
    ),
    (
        "I don't need more training, I need more hours in the day. There are 200 people on my waiting list.",
        themes("staff"),
    ),
    # awkward: mixed / other
    (
        "Lone working worries me. I go into flats on estates with no idea who else will be there, and there's "
        "no check-in system or anyone keeping track of where I am.",
        themes("sup"),
    ),
    (
        "Brilliant GPs, great team, but the ARRS funding ends next year and I have no idea if I'll be kept on.",
        themes("pos", "pay"),
    ),
    ("I enjoy the home visits but typing up MYCAW scores after every one is a real drag.", themes("pos", "out")),
    (
        "Being hosted by the trust means I get good clinical supervision, but the GP practices I cover barely "
        "know I exist.",
        themes("pos", "clin"),
    ),
    (
        "The waiting list was horrendous last year but they've recruited a second link worker so that's much "
        "better. Now the issue is the new lad still has no smartcard after three months.",
        themes("pos", "it"),
    ),
    (
        "Parents often ask if I'm a social worker, so I spend the first ten minutes of every visit explaining "
        "what I do.",
        themes(),
    ),
    # non-responses
    ("n/a", themes()),
    ("Nothing further.", themes()),
    ("-", themes()),
    ("see previous answer", themes()),
    ("No thank you", themes()),
]

# Written blind like HOLDOUT_9, by a twentieth engineer: half the answers by leads speaking for their team, answers
# that echo the question, invented names, places and contact details; labelled before the first run (against 1.16.0).
HOLDOUT_28: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Biggest challenge - getting the GPs at Riverside Surgery to see us as more than a leaflet service. "
        "Half of them still think I just hand out phone numbers.",
        themes("clin"),
    ),
    (
        "What would help: the practice managers across our PCN actually knowing what my team does. My link "
        "workers get handed jobs like chasing blood results because nobody at the practices sees it as a proper "
        "role.",
        themes("clin"),
    ),
    (
        "My team keep getting booked in by reception for things like sorting out repeat prescriptions. Some "
        "awareness sessions for practice staff on what we're actually for would go a long way.",
        themes("clin"),
    ),
    (
        "I'd like to be taken seriously by the clinical team. At the MDT the partners talk over me and my input "
        "never makes it into the plan.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "There's nowhere to go. Five years doing this at the same grade and there isn't a single senior post in "
        "our PCN to apply for.",
        themes("career"),
    ),
    (
        "What would help: a proper framework for SPLWs like the nurses have, so my team can see a route from "
        "band 4 up to 6 or 7 instead of guessing.",
        themes("career"),
    ),
    (
        "As a coordinator the hardest thing is watching my best link workers realise they'll have to leave "
        "social prescribing altogether to get anywhere.",
        themes("career"),
    ),
    (
        "Feels like a bit of a cul-de-sac job if I'm honest. Nothing above me to aim for, no specialist roles, "
        "nothing.",
        themes("career"),
    ),
    # typical: training_development
    (
        "More training on supporting people with learning disabilities and autism please, I feel out of my "
        "depth with some of them.",
        themes("train"),
    ),
    (
        "What would help: a protected half day a month for CPD for my team. At the moment any course has to be "
        "squeezed in around clinics or done in the evening.",
        themes("train"),
    ),
    (
        "I'd love to do the Level 3 counselling skills certificate but my employer has no money for courses and "
        "I can't fund it myself.",
        themes("train"),
    ),
    (
        "Induction was a one-hour chat and a login. New starters in my team need a structured induction with "
        "shadowing before they're given patients.",
        themes("train"),
    ),
    # typical: staffing_capacity
    ("My caseload is over 90 open patients. I can't give anyone the time they actually need.", themes("staff")),
    (
        "We've lost two of the team this year and neither post has been filled, so three of us are now covering "
        "nine practices across North Tyneside.",
        themes("staff"),
    ),
    (
        "Biggest challenge: the wait. People are sitting 7-8 weeks before one of my link workers can see them, "
        "by which point the moment has passed and half of them have disengaged.",
        themes("staff"),
    ),
    (
        "An admin person for the team to do the booking, phoning round and reminder texts would free up hours "
        "of link worker time every week.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "Still no smartcard after 8 months, so I can't read notes or put anything on SystmOne. Everything goes "
        "through a GP.",
        themes("it"),
    ),
    (
        "What would help: a work laptop. I'm using my own phone and whichever PC in the back office is free.",
        themes("it"),
    ),
    (
        "We've got EMIS but nobody has ever shown my team how to use it properly - which codes to pick, how the "
        "templates work. Someone sitting down with us for an afternoon would make a huge difference.",
        themes("it"),
    ),
    (
        "Read-only access drives me mad. I can see the record but can't add my own notes so I have to email the "
        "duty doctor to add them for me.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "I'm the only link worker in my PCN and it's very lonely. There's nobody to talk cases through with.",
        themes("sup"),
    ),
    (
        "Clinical supervision. I've asked for it for two years. My line manager is the practice manager who "
        "means well but can't help with a difficult disclosure or a risky situation.",
        themes("sup"),
    ),
    (
        "I'd like my team to have regular reflective practice with someone external. At the moment the only "
        "supervision they get is a quick catch-up with me in the corridor when I can grab them.",
        themes("sup"),
    ),
    (
        "A peer network for our link workers in Cornwall - we used to meet monthly before covid and it just "
        "fizzled out. The newer ones have never had it.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "Pay. Band 4 for what we deal with isn't enough - managing risk, home visits, people in absolutely "
        "awful situations.",
        themes("pay"),
    ),
    (
        "My contract ends in March and nobody can tell me whether ARRS will cover it next year. Hard to plan "
        "your life like that.",
        themes("pay"),
    ),
    (
        "Every link worker on my team is on a 12-month fixed-term contract. I want them on permanent posts, "
        "they've earned it.",
        themes("pay"),
    ),
    (
        "Our service runs on a council grant that gets renewed year by year, so every January the whole team is "
        "wondering if we'll still have jobs.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "There's nothing to send people to in the evenings or at weekends. Loads of the groups in Barnsley have "
        "folded since the money went.",
        themes("comm"),
    ),
    (
        "Biggest challenge - the befriending service my team uses has a 6 month wait and the local talking "
        "therapies service has shut its list.",
        themes("comm"),
    ),
    (
        "Rural patients can't get to anything. The bus from Hawes runs twice a day and nearly all the groups "
        "are in Northallerton.",
        themes("comm"),
    ),
    (
        "The voluntary sector round here is on its knees. Three of the charities my team relied on have lost "
        "their funding this year alone.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "We're getting people referred who are actively suicidal. That isn't social prescribing and my team "
        "aren't set up or commissioned for it.",
        themes("refer"),
    ),
    (
        "What comes through the door is getting heavier - huge debts, eviction notices, immigration problems. "
        "That needs a specialist adviser, not me.",
        themes("refer"),
    ),
    (
        "Scope keeps creeping. My link workers are now expected to fill in PIP forms and help with benefit "
        "appeals.",
        themes("refer"),
    ),
    (
        "Safeguarding cases being passed over to my team as 'social prescribing' because the duty team is "
        "stretched. It's not safe.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "The paperwork takes forever. ONS4 at the start and end, case studies for the PCN, then the monthly "
        "return for the ICB on top.",
        themes("out"),
    ),
    (
        "What would help: one agreed measure across the area. My team use WEMWBS, the commissioner wants MYCAW "
        "and the PCN just wants numbers.",
        themes("out"),
    ),
    (
        "It's hard to show what difference we make when so much of it is small stuff - someone leaving the "
        "house for the first time in a year doesn't show up in any score.",
        themes("out"),
    ),
    (
        "My team are recording everything twice, once on our own case system and once in the GP record, just to "
        "satisfy the reporting.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    ("My link workers are exhausted. Two have been off with stress in the last six months.", themes("well")),
    (
        "The emotional toll on my staff is heavy. They hear awful stories all day and then take them home.",
        themes("well"),
    ),
    ("Honestly I'm running on empty. I dread Monday mornings now.", themes("well")),
    (
        "Biggest challenge: switching off. I lie awake thinking about people I've seen, especially the ones "
        "who've told me about abuse.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "I love my job. Watching someone go from not leaving the house to volunteering at the food bank is the "
        "best feeling.",
        themes("pos"),
    ),
    (
        "Anything else: just that the partners at Castle Medical Group are brilliant and really back what my "
        "team does.",
        themes("pos"),
    ),
    ("Most rewarding job I've had in 25 years of working.", themes("pos")),
    ("Proud of my team. We've built something really special in Hackney over the last three years.", themes("pos")),
    # awkward: theme word present but theme does not apply
    ("Helping patients improve their wellbeing and feel less isolated is what keeps me going.", themes("pos")),
    (
        "Our HCAs got a pay rise this year, fair play to them. What would help me is a laptop that actually "
        "connects when I'm working from home.",
        themes("it"),
    ),
    (
        "We had a horrible year not knowing if the posts would continue, but the PCN has now made all of us "
        "permanent so that's a real weight off.",
        themes("pos"),
    ),
    (
        "The food bank in Walton lost its funding in the autumn, so there's nowhere for my team to send people "
        "who can't afford to eat.",
        themes("comm"),
    ),
    (
        "Our outcome data shows 78% of patients improved their ONS4 scores this year, which the PCN were really "
        "pleased with.",
        themes("pos"),
    ),
    (
        "At first the GPs didn't get the role at all, but after two years of turning up to their meetings they "
        "now refer well and ask for my view.",
        themes("pos"),
    ),
    (
        "Referrals have got so much better since we brought in a referral form with clear criteria - hardly any "
        "unsuitable ones now.",
        themes("pos"),
    ),
    (
        "Just to say we run a wellbeing walk from the Heaton Park boathouse every Thursday at 10, open to "
        "anyone.",
        themes(),
    ),
    # awkward: negated themes
    (
        "I don't need more training - I've done loads. What I need is someone to debrief with after the "
        "difficult home visits.",
        themes("sup"),
    ),
    ("Pay's fine, honestly. It's the caseload that's the problem.", themes("staff")),
    (
        "I'm not stressed or anything, I just think the number of forms we fill in for the ICB is excessive.",
        themes("out"),
    ),
    # awkward: praise mentioning a concern topic
    (
        "My clinical supervisor from the mental health trust is fantastic, I always come away feeling lighter.",
        themes("pos"),
    ),
    ("What would help? Honestly not much, I feel well looked after by my manager and the PCN.", themes("pos")),
    # awkward: hedged wishes
    (
        "It might be nice, at some point, to have a bit of training on long-term conditions, if there's ever "
        "any budget for it.",
        themes("train"),
    ),
    ("Not sure if this is possible but maybe a senior link worker post in each PCN? Just a thought.", themes("career")),
    (
        "Perhaps a short slot at the partners' meeting to explain what we actually do? I think a few of them "
        "are still unsure.",
        themes("clin"),
    ),
    # awkward: multi-theme
    (
        "My team are burnt out because the caseloads are unmanageable and nobody has replaced the two who left.",
        themes("well", "staff"),
    ),
    (
        "Biggest challenges - no EMIS access, no supervision, and GPs who think we're receptionists.",
        themes("it", "sup", "clin"),
    ),
    (
        "Referrals are getting more complex (people in crisis, active self-harm) and there aren't enough mental "
        "health services locally to pass them on to.",
        themes("refer", "comm"),
    ),
    ("I love the work but the pay is poor and my contract only runs until next March.", themes("pos", "pay")),
    (
        "Happy to talk more - sarah.okafor@nhs.net / 07700 900481. Main points: my team need clinical "
        "supervision and a proper career path. I've been band 4 for six years with nothing to move up to.",
        themes("sup", "career"),
    ),
    (
        "Dr Patel at Kingsway has been amazing, but the other practices in Derby City North PCN barely know we "
        "exist.",
        themes("pos", "clin"),
    ),
    (
        "I'd like my team to get to the regional training days but I can't release anyone because of the "
        "waiting list.",
        themes("train", "staff"),
    ),
    (
        "Not being able to code on SystmOne means none of my outcomes show up in the PCN's reports, so it looks "
        "like I've done nothing all year.",
        themes("it", "out"),
    ),
    (
        "It's a lonely job and it gets to you. Some weeks I go home in tears and there's nobody to offload to.",
        themes("well", "sup"),
    ),
    (
        "We've had three link workers leave this year for better-paid jobs at the council. We can't compete on "
        "salary and recruiting replacements takes months.",
        themes("pay", "staff"),
    ),
    (
        "As lead for South Gloucestershire, the biggest issue is my link workers being spread across too many "
        "sites - one of them covers five surgeries. They spend half the day driving and can't log in to the "
        "clinical system at two of them. I'd like them based in fewer practices with proper access.",
        themes("staff", "it"),
    ),
    # non-responses
    ("n/a", themes()),
    ("No", themes()),
    ("Nothing to add at this time.", themes()),
    ("-", themes()),
    ("As above.", themes()),
]

# Written blind like HOLDOUT_9, by a twenty-first engineer: mixed feelings and careful hedging in one sentence
# ("I do enjoy it, although", double negatives, concessions, questions back to the survey); labelled before the
# first run (against 1.16.0).
HOLDOUT_29: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Not that I'm complaining, but I do sometimes wonder whether the GPs know what I actually do - I get "
        "sent things like chasing prescriptions or booking appointments, which isn't really the job.",
        themes("clin"),
    ),
    (
        "It isn't that nobody cares, it's more that half the practice staff still think I'm the person who "
        "hands out leaflets. A few awareness sessions for reception and the nurses would go a long way, I "
        "think.",
        themes("clin"),
    ),
    (
        "On balance the surgery is polite enough, but I'm treated somewhat like a spare pair of hands for "
        "anything nobody else wants to pick up. Will anything actually change on that front?",
        themes("clin"),
    ),
    (
        "In my last job as a support worker people understood my remit; here, to a degree, I'm still explaining "
        "myself to the partners two years in.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "I'd be lying if I said I could see where this leads. There's no senior or lead post anywhere in our "
        "PCN, so it's the same band until I move on.",
        themes("career"),
    ),
    (
        "Compared with my friends in nursing, who have a fairly obvious ladder, social prescribing feels a bit "
        "like a cul-de-sac. Some sort of framework for moving up would be welcome.",
        themes("career"),
    ),
    (
        "Three years in on the same grade with nothing above me to apply for. Is there any plan for a "
        "progression structure nationally, or is this it?",
        themes("career"),
    ),
    (
        "Somewhat frustrating that there's no recognised step up for experienced link workers - I've done this "
        "five years and the only way forward would be leaving social prescribing altogether.",
        themes("career"),
    ),
    # typical: training_development
    (
        "I'd appreciate proper courses, to be honest - particularly mental health first aid and handling "
        "difficult conversations. What's on offer now is mostly repeat introductory webinars.",
        themes("train"),
    ),
    (
        "My induction was, on balance, a folder and a login. Not that I'm ungrateful, but a structured first "
        "few weeks with some shadowing would have made a real difference.",
        themes("train"),
    ),
    (
        "There isn't no CPD budget exactly, but it's so small and so hard to get signed off that in practice I "
        "pay for anything useful myself.",
        themes("train"),
    ),
    (
        "It would be nice to have some protected time to learn. I've looked at a level 4 qualification in "
        "counselling skills but can't see how I'd fit it around the day job.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "I do my best, but realistically one of me across four surgeries and around 45,000 patients is a "
        "stretch. Another link worker, or even part-time admin, would help.",
        themes("staff"),
    ),
    (
        "Not that I'm complaining about the patients, but people are now waiting six weeks for a first "
        "appointment with me, which to a degree defeats the purpose.",
        themes("staff"),
    ),
    ("My caseload is somewhere north of 80 active people. I'm told that's normal. Is it?", themes("staff")),
    (
        "Honestly, the demand is more than one person can reasonably hold. I'd rather see fewer people properly "
        "than rush everyone through.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "Still no EMIS access after eight months, so I rely on a receptionist printing things off for me, which "
        "isn't ideal for anyone, least of all the patient.",
        themes("it"),
    ),
    (
        "I have read-only access to SystmOne, which is better than nothing, I suppose, but I can't add my own "
        "notes so the GPs never see what I've done.",
        themes("it"),
    ),
    (
        "A laptop I could take out on home visits would be genuinely helpful - at present I'm writing on paper "
        "and typing it all up later.",
        themes("it"),
    ),
    (
        "Nobody ever showed me how to use the SNOMED codes in our system, so I sort of guess. A short session "
        "on that would help.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "It isn't that my manager is unkind, but they're based at the federation office and I see them perhaps "
        "twice a year. Some regular supervision would be welcome.",
        themes("sup"),
    ),
    (
        "On balance I'd say the hardest part is being the only one of me in the building. There's nobody to "
        "talk a tricky case through with.",
        themes("sup"),
    ),
    (
        "In my previous job in housing we had monthly reflective supervision; here there's nothing of the sort, "
        "and I do notice its absence.",
        themes("sup"),
    ),
    (
        "A peer group with other link workers in the area, even once a month online, would make a real "
        "difference. At the moment I'm somewhat working in a vacuum.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "The pay is what it is, I knew that going in, but for the responsibility we carry around risk and "
        "safeguarding it doesn't really add up.",
        themes("pay"),
    ),
    (
        "My contract ends in March and no one can tell me whether the ARRS money will continue. It's hard to "
        "plan anything, including my own life.",
        themes("pay"),
    ),
    (
        "Not to sound ungrateful, but I earn less now than I did as a care coordinator, and I have a degree. Is "
        "that going to be looked at?",
        themes("pay"),
    ),
    (
        "We're on twelve-month contracts funded by a grant, which I understand, but it does mean every spring "
        "I'm half looking at other jobs.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "I can refer people, that's not the issue - the issue is there's less and less to refer them to. Two of "
        "our best local groups closed this year when their funding went.",
        themes("comm"),
    ),
    (
        "Rural area, one bus a day. However good the activity is, if people can't get there it doesn't really "
        "help them.",
        themes("comm"),
    ),
    (
        "The befriending service has a waiting list of about five months now, and the counselling charity isn't "
        "taking anyone new at all. I'm running out of options, to a degree.",
        themes("comm"),
    ),
    (
        "It would help if the voluntary sector were properly funded. A lot of what we do rests on small "
        "charities that are hanging on by a thread.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "I get sent people in crisis, sometimes actively suicidal, because 'they need someone to talk to'. I'm "
        "not a mental health practitioner and it worries me.",
        themes("refer"),
    ),
    (
        "Increasingly, what comes through is complex debt and housing cases that really need a specialist "
        "adviser, not a link worker with a list of phone numbers.",
        themes("refer"),
    ),
    (
        "I don't mind a challenge, but some of what lands on my desk is safeguarding that should have gone "
        "straight to adult social care.",
        themes("refer"),
    ),
    (
        "A fair proportion of the people sent to me have needs well beyond what social prescribing can offer - "
        "severe long-term mental illness, active addiction. I do what I can but it isn't the right fit.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "I understand why we do WEMWBS at the start and end, but asking someone who's just been bereaved to "
        "score fourteen statements feels somewhat absurd.",
        themes("out"),
    ),
    (
        "The monthly reporting takes hours and I'm never quite sure who reads it. Will anything actually change "
        "as a result of it?",
        themes("out"),
    ),
    (
        "It would help to have one agreed way of showing impact. Every commissioner wants something different "
        "and I end up writing case studies in three formats.",
        themes("out"),
    ),
    (
        "Not that I'm against measuring things, but the numbers we collect don't capture much of what actually "
        "changes for people.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    ("I'm fine, mostly. But I'd be lying if I said some of the stories don't follow me home.", themes("well")),
    (
        "On balance I'm coping, though I've had two spells off with stress in eighteen months, which isn't "
        "nothing.",
        themes("well"),
    ),
    (
        "It's the cumulative weight of it - every conversation is someone's worst year. I'm tired in a way I "
        "never was in my old office job.",
        themes("well"),
    ),
    ("Not burnt out exactly, but not far off either, if I'm honest.", themes("well")),
    # typical: positive_experience
    (
        "I do genuinely enjoy it. Seeing someone who hadn't left the house in a year turn up to the walking "
        "group is worth a lot.",
        themes("pos"),
    ),
    ("The GPs at my practice couldn't be more supportive, which I know isn't the case everywhere.", themes("pos")),
    ("Best job I've had, and I've had a few. The team here are lovely.", themes("pos")),
    ("It isn't that it's easy, but it's rewarding in a way my previous jobs never were.", themes("pos")),
    # awkward: multi-theme, negated, resolved, theme word without theme
    (
        "I do enjoy it, although the caseload has crept up to the point where I'm rushing people.",
        themes("pos", "staff"),
    ),
    (
        "I love the job, I really do, but I'm on a fixed-term contract that ends in the summer and nobody knows "
        "what happens after that.",
        themes("pos", "pay"),
    ),
    (
        "My patients' wellbeing scores have improved a lot over the year, which is lovely to see and makes it "
        "all feel worthwhile.",
        themes("pos"),
    ),
    (
        "One of the care coordinators is paid a band above me for what looks, to me, like less complex work. "
        "Not that I begrudge her it, but it does sting.",
        themes("pay"),
    ),
    (
        "The health and wellbeing coach in our PCN has been told her post isn't being renewed, which is a real "
        "shame for the patients. Mine is secure for now, thankfully.",
        themes(),
    ),
    (
        "We used to have no access to the clinical system at all, but that was sorted last year and it's made a "
        "world of difference.",
        themes("pos"),
    ),
    (
        "Supervision was a problem when I started, but our new lead runs monthly sessions now and they're "
        "excellent.",
        themes("pos"),
    ),
    (
        "I wouldn't say I'm unsupported - the team are good - but clinical supervision specifically is missing.",
        themes("pos", "sup"),
    ),
    (
        "I'd maybe like a bit more training at some point, though it's not a priority, and honestly my manager "
        "is very good about it.",
        themes("train", "pos"),
    ),
    (
        "Not that I'm complaining, but I've now got five practices, no EMIS login at two of them, and a waiting "
        "list. Will anything actually change?",
        themes("staff", "it"),
    ),
    (
        "The groups I refer to are brilliant, honestly the best thing about the job - I just wish there were "
        "more of them out in the villages, and that people could get to them.",
        themes("pos", "comm"),
    ),
    (
        "No issues with pay or contract, I'm permanent and the money's fair for the area. What I'd like is a "
        "proper lead role to aim for.",
        themes("career"),
    ),
    (
        "I don't feel burnt out, which I know some colleagues do - I think that's down to having a really good "
        "supervisor.",
        themes("pos"),
    ),
    (
        "The GPs are lovely people, they just don't seem to have a clue what I do - I get sent people 'for a "
        "chat' when they want them out of the consulting room.",
        themes("clin"),
    ),
    (
        "Pressure, mostly. Too many people, too complex, not enough of us, and I'm starting to dread Mondays.",
        themes("staff", "refer", "well"),
    ),
    (
        "We're asked to collect ONS4 on every single contact, which takes time I'd rather spend with people, "
        "and the system won't let me code it properly anyway.",
        themes("out", "it"),
    ),
    (
        "On balance I'd rather be doing this than my old job in retail, though the salary is honestly not much "
        "better and the contract only runs until next March.",
        themes("pos", "pay"),
    ),
    (
        "I'd feel less alone if there were another link worker in the PCN. At the moment I'm covering "
        "everything and there's no one to share it with.",
        themes("sup", "staff"),
    ),
    (
        "Patients often tell me they feel isolated - that's most of who I see. There's very little in the area "
        "for them to join, especially for younger men.",
        themes("comm"),
    ),
    (
        "Training is good here, actually. We've had trauma-informed practice and motivational interviewing this "
        "year.",
        themes("pos"),
    ),
    (
        "Would a bit more money be nice? Of course. But what would actually help me is someone to do the admin "
        "so I can see more people.",
        themes("staff"),
    ),
    (
        "The GP partners value the role enormously, I'll give them that - it's the practice manager who sees me "
        "as an extra receptionist.",
        themes("pos", "clin"),
    ),
    (
        "I used to be signposting-only in my last post, which was soul-destroying. Here I actually get time "
        "with people and it's completely different.",
        themes("pos"),
    ),
    (
        "We had a lot of unsuitable referrals in the first year, but since we did a lunchtime session with the "
        "practice team on what we do, they've been much better.",
        themes("pos"),
    ),
    (
        "The data side is somewhat overwhelming. Three spreadsheets, a SystmOne template and a monthly return "
        "to the commissioner, none of which talk to each other, and it's wearing me down.",
        themes("out", "well"),
    ),
    (
        "Is there going to be a national career framework? And if so, will it come with any money attached, or "
        "is it just another badge?",
        themes("career", "pay"),
    ),
    (
        "I was off for three months with burnout last year. I'm back and well now, and the PCN were good about "
        "my return, but the workload that caused it hasn't changed.",
        themes("well", "staff", "pos"),
    ),
    # non-responses
    ("n/a", themes()),
    ("Nothing to add, thanks.", themes()),
    ("-", themes()),
    ("See above", themes()),
    ("No, I think I covered everything in the earlier questions. Thank you.", themes()),
]

# Written blind like HOLDOUT_9, by a twenty-second engineer: no gimmick, the ordinary mix of a survey export
# (mostly one or two plain sentences, varied writers); labelled before the first run (against 1.17.0).
HOLDOUT_30: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Half the practice still doesn't know what social prescribing actually is. I've had a GP introduce me "
        "to a patient as 'the lady who sorts out the non-medical stuff' and the nurses send me anything they "
        "haven't got time for. It would help if someone senior explained the role properly to the whole team.",
        themes("clin"),
    ),
    (
        "More awareness among reception and nursing staff of what we do. I still get asked to chase "
        "prescriptions and book people in.",
        themes("clin"),
    ),
    ("Feeling like an afterthought in the surgery. The clinicians don't see this as a skilled job.", themes("clin")),
    (
        "would help if the PCN did some proper comms to the practices about the link worker role, most of them "
        "think we're just a signposting service",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "There's nowhere to go. I've been on band 4 for five years and there are no senior link worker posts "
        "anywhere near us.",
        themes("career"),
    ),
    (
        "A proper career structure. At the moment it's a dead end unless you leave and become a manager "
        "somewhere else.",
        themes("career"),
    ),
    ("Progression routes - lead SPLW roles, something to aim for", themes("career")),
    (
        "I can't see myself still doing this in ten years because there's no next step up from where I am.",
        themes("career"),
    ),
    # typical: training_development
    (
        "More training on mental health, especially how to handle conversations with people who are very low or "
        "anxious.",
        themes("train"),
    ),
    (
        "Access to funded courses. My employer has no learning budget so any CPD I do is in my own time and I "
        "pay for it myself.",
        themes("train"),
    ),
    (
        "A structured induction for new starters. I spent my first three months guessing what I was meant to be "
        "doing.",
        themes("train"),
    ),
    ("Protected time for CPD", themes("train")),
    # typical: staffing_capacity
    (
        "My caseload is over 90 and the referrals just keep coming. We need at least one more link worker in "
        "the PCN.",
        themes("staff"),
    ),
    ("Covering six surgeries across two towns on 30 hours a week just isn't realistic.", themes("staff")),
    (
        "Waiting list for our service is now 8 weeks which kind of defeats the point of early intervention.",
        themes("staff"),
    ),
    ("Some admin support so I'm not spending half my week booking rooms and typing up letters.", themes("staff")),
    # typical: it_systems_access
    (
        "Still no smartcard after 8 months so I can't see patient notes and have to ask the practice manager "
        "for everything.",
        themes("it"),
    ),
    (
        "Read and write access to SystmOne at all my practices - at the moment I only have it at one of the "
        "four.",
        themes("it"),
    ),
    ("A work laptop!! I'm using my own phone and a shared desktop in the back office.", themes("it")),
    (
        "Training on EMIS and how to code things properly. Nobody ever showed me which SNOMED codes to use for "
        "social prescribing.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "I've never had clinical supervision in two years in post. When a patient tells me something really "
        "heavy I've got nobody to talk it through with.",
        themes("sup"),
    ),
    ("Peer support with other link workers. I'm the only one in my PCN and it can be very lonely.", themes("sup")),
    (
        "My line manager is based at the hub and I see her maybe once every couple of months. Regular 1:1s "
        "would make a big difference.",
        themes("sup"),
    ),
    ("Regular group supervision run by someone who actually understands social prescribing.", themes("sup")),
    # typical: pay_job_security
    ("Pay. Band 4 for what we deal with day to day is not enough.", themes("pay")),
    ("My contract ends in March and nobody can tell me whether the funding will be renewed.", themes("pay")),
    ("Job security. ARRS money could be pulled at any point and we'd all be gone.", themes("pay")),
    ("Salary hasn't kept up with the cost of living, I'm looking at leaving for something better paid.", themes("pay")),
    # typical: community_capacity
    (
        "There's just not enough to refer people into any more. The local groups have closed one by one since "
        "the council cut their grants.",
        themes("comm"),
    ),
    (
        "Long waits for counselling and debt advice mean patients end up back with me with nothing having "
        "changed.",
        themes("comm"),
    ),
    ("Rural area, no buses after 5pm, so half the activities are out of reach for my patients.", themes("comm")),
    ("Gaps in local provision for young men and for people who don't speak English.", themes("comm")),
    # typical: referral_appropriateness
    ("Getting referrals for people in active crisis who need the mental health team, not me.", themes("refer")),
    (
        "Referrals are getting more and more complex - safeguarding, domestic abuse, serious debt. It's well "
        "beyond what social prescribing is for.",
        themes("refer"),
    ),
    (
        "Too many referrals for evictions and urgent housing problems that really need a housing officer.",
        themes("refer"),
    ),
    ("Clearer referral criteria so we stop being sent patients who are too unwell to engage.", themes("refer")),
    # typical: outcomes_data
    (
        "Less time on data. Between the ONS4 at start and end, the monthly returns to the PCN and the case "
        "studies the ICB want, I lose about a day a week to reporting.",
        themes("out"),
    ),
    (
        "A simple way to show impact. Commissioners want numbers but the things that matter most don't show up "
        "in a WEMWBS score.",
        themes("out"),
    ),
    (
        "Clarity on what we're actually supposed to be recording - every PCN seems to ask for something "
        "different.",
        themes("out"),
    ),
    ("The outcome measures feel intrusive to do at a first appointment, patients hate filling them in.", themes("out")),
    # typical: wellbeing_burnout
    ("I'm exhausted. Some days I go home and cry after listening to people's stories all day.", themes("well")),
    ("Burnout is real in this job. Two of us have been signed off with stress this year.", themes("well")),
    ("The emotional weight of this work doesn't get talked about enough.", themes("well")),
    ("Honestly I'm struggling with my own mental health because of the job.", themes("well")),
    # typical: positive_experience
    (
        "I love my job. Seeing someone go from not leaving the house to helping run a walking group is the best "
        "feeling.",
        themes("pos"),
    ),
    ("My practice team are brilliant and really value what I do.", themes("pos")),
    ("Best job I've ever had. Thank you for asking.", themes("pos")),
    ("Really good team and a supportive manager, I feel lucky.", themes("pos")),
    # multi-theme
    ("Caseload is too big and I'm burning out trying to keep on top of it.", themes("staff", "well")),
    (
        "Without a smartcard I can't record outcomes on the clinical system, so I keep a separate spreadsheet "
        "and end up entering everything twice.",
        themes("it", "out"),
    ),
    (
        "Our posts are only funded until next year, and the groups we refer to are losing their funding as well "
        "so there's less and less out there.",
        themes("pay", "comm"),
    ),
    (
        "No supervision at all, and I'm regularly getting referrals for patients in crisis or with safeguarding "
        "concerns which aren't what this role is for.",
        themes("sup", "refer"),
    ),
    (
        "More training and a clear progression route - there's not much incentive to develop yourself when "
        "there's nowhere to go.",
        themes("train", "career"),
    ),
    (
        "Stuck on band 4 with no chance of going higher, and the pay doesn't reflect the responsibility we "
        "carry.",
        themes("pay", "career"),
    ),
    (
        "The GPs don't really get what I do and keep sending me people who need a social worker.",
        themes("clin", "refer"),
    ),
    ("I enjoy the work but the data requirements are ridiculous.", themes("pos", "out")),
    ("Great support from my supervisor, but I've got 4 practices and a waiting list of 40.", themes("pos", "staff")),
    (
        "Would love to do the personalised care course but there's no one to cover my caseload while I'm away.",
        themes("train", "staff"),
    ),
    (
        "Remote access to EMIS so I can do my notes from home on admin days, and some kind of local link worker "
        "network so I'm not so isolated.",
        themes("it", "sup"),
    ),
    (
        "Patients keep coming back to us because the services we refer to have six month waits, and honestly "
        "it's taking a toll on me emotionally.",
        themes("comm", "well"),
    ),
    (
        "I've been in post 3 years. Started on a 12 month contract, renewed twice, still no permanent post. "
        "We're down from three link workers to two and nobody's been replaced, so the caseloads have gone up. I "
        "do like the work and the patients but I'm tired and I don't know how long I can keep going like this.",
        themes("pay", "staff", "pos", "well"),
    ),
    # theme word present but theme does not apply
    ("Part of my role is running the IT drop-in at the library, helping older people get online.", themes()),
    ("Training has been excellent, our PCN pays for pretty much any course I ask for.", themes("pos")),
    # praise mentioning a concern topic
    ("The GPs in my surgery are fantastic and always ask for my input at the MDT.", themes("pos")),
    ("I have monthly clinical supervision with a psychologist which has been a lifesaver.", themes("pos")),
    (
        "Our community groups are amazing - there's so much going on locally I'm never short of somewhere to "
        "refer people.",
        themes("pos"),
    ),
    # hedged wishes
    ("Maybe some more training on benefits, if there was ever budget for it? Not a priority though.", themes("train")),
    (
        "It might help if there were a few more senior roles around, though I'm not sure I'd go for one myself.",
        themes("career"),
    ),
    # negated themes
    (
        "I don't feel stressed or burnt out, I just wish there were more of us so the waits weren't so long.",
        themes("staff"),
    ),
    (
        "No issues with IT or supervision. Main thing is the contract only ever being 12 months at a time.",
        themes("pay"),
    ),
    (
        "Referrals are mostly appropriate now. What I'd like is more training on working with autistic adults.",
        themes("train"),
    ),
    ("My pay is fine, it's the workload that's the problem - far too many referrals for one person.", themes("staff")),
    # past problems now resolved
    ("Took nearly a year to get a smartcard but that's sorted now and it's made a huge difference.", themes("pos")),
    (
        "We used to get loads of unsuitable referrals but since we did a session with the GPs about what we do "
        "it's improved a lot.",
        themes("pos"),
    ),
    (
        "Last year I was off with stress for two months. Back now with a better manager and a reduced caseload "
        "and things are much better.",
        themes("pos"),
    ),
    # non-responses
    ("n/a", themes()),
    ("No", themes()),
    ("Nothing to add, covered it above", themes()),
    ("-", themes()),
    ("See previous answer", themes()),
]

# Written blind like HOLDOUT_9, by a twenty-third engineer: answers to 'Anything else?' (the survey itself,
# thanks, the role's national future, patient stories, messages to NHS England); labelled before the first run
# (against 1.17.0).
HOLDOUT_31: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Please, NHS England, do something about awareness of the role among GPs. Half the doctors in my PCN "
        "still think I'm a receptionist who hands out leaflets.",
        themes("clin"),
    ),
    (
        "I've become the place everything non-medical gets dumped. Chasing forms, booking taxis, ringing round "
        "for blue badge paperwork. That isn't social prescribing and it isn't what I was employed for.",
        themes("clin"),
    ),
    (
        "It would be nice if the nurses and HCAs got some kind of briefing on what we actually do. Every week I "
        "still hear 'oh you're the befriending lady'.",
        themes("clin"),
    ),
    (
        "My reflection for whoever reads these: the role is only ever as good as the practice's grasp of it. "
        "Where the partners don't get it we're just an extra name on the rota that nobody knows what to do "
        "with.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "Five years in and I'm on exactly the band I started on. There's nowhere to go unless I leave social "
        "prescribing altogether.",
        themes("career"),
    ),
    (
        "Message to NHSE: if you want to hang on to experienced link workers you need senior and lead posts. At "
        "the moment the only way up is out.",
        themes("career"),
    ),
    (
        "No framework at all for moving up. Health coaches and care coordinators seem to have more of a path "
        "than we do.",
        themes("career"),
    ),
    (
        "I sometimes wonder where this job goes for me in ten years. Is a senior link worker grade ever coming? "
        "Nobody at the PCN can answer that.",
        themes("career"),
    ),
    # typical: training_development
    (
        "More funded courses please - mental health first aid, basic debt advice, motivational interviewing "
        "would all be really useful.",
        themes("train"),
    ),
    (
        "My induction was a folder and a login. New starters need something structured, shadowing, a proper "
        "first month plan.",
        themes("train"),
    ),
    (
        "Protected time for CPD would make a big difference. I booked three webinars this year and had to "
        "cancel every one because clinics got booked over them.",
        themes("train"),
    ),
    (
        "I'd love to do the Level 4 in social prescribing but the PCN says there is no learning budget for ARRS "
        "staff.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "My caseload is sitting at over 120 active patients. There's no way to give anyone the time they need.",
        themes("staff"),
    ),
    ("One link worker covering four practices across two towns. The wait to see me is now 9 weeks.", themes("staff")),
    (
        "We desperately need some admin help. I lose a day a week booking rooms, sending letters and chasing "
        "DNAs.",
        themes("staff"),
    ),
    (
        "Since the practice started promoting us on the website the referrals have tripled, and nobody has "
        "thought about adding another post.",
        themes("staff"),
    ),
    # typical: it_systems_access
    ("Still no smartcard after seven months. I have to ask a receptionist to read the notes out to me.", themes("it")),
    (
        "We're on SystmOne but I've only got view access, so I can't write anything in the record myself. It "
        "all goes on a separate spreadsheet.",
        themes("it"),
    ),
    (
        "A laptop that actually works away from the surgery would help enormously. I run clinics in church "
        "halls with a paper diary.",
        themes("it"),
    ),
    ("Nobody ever showed us how to code on EMIS. I'm basically guessing which SNOMED codes to use.", themes("it")),
    # typical: supervision_support
    (
        "No clinical supervision whatsoever. When something heavy comes up there's nobody to debrief with.",
        themes("sup"),
    ),
    (
        "I'm the only link worker in my PCN and it's very lonely. A regular peer group with other SPLWs in the "
        "area would help so much.",
        themes("sup"),
    ),
    (
        "My line manager sits at the federation twenty miles away and I see her twice a year. Day to day nobody "
        "is really managing me.",
        themes("sup"),
    ),
    (
        "Hope someone reads this: please make peer support networks a requirement, not a nice-to-have. Ours "
        "folded last year and nothing replaced it.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "Our contracts run to March and we still don't know if ARRS carries on after the current GP contract. "
        "How are we meant to plan our lives?",
        themes("pay"),
    ),
    (
        "Band 4 for the level of responsibility we carry is not right. The salary doesn't reflect the job.",
        themes("pay"),
    ),
    (
        "I'm employed by a charity on a grant that ends in September. Every year it's the same waiting game to "
        "find out if the post will still exist.",
        themes("pay"),
    ),
    ("Pay hasn't kept up. I honestly earned more as a shift manager in retail.", themes("pay")),
    # typical: community_capacity
    (
        "There's simply not much left to refer people into. Two of our best local groups shut when the council "
        "pulled their funding.",
        themes("comm"),
    ),
    (
        "Rural patients can't get to anything. One bus a day and most activities are in the town 15 miles away.",
        themes("comm"),
    ),
    (
        "The counselling service has a six month wait and the debt charity has stopped taking new clients. I'm "
        "holding people because there's nowhere to send them.",
        themes("comm"),
    ),
    (
        "If NHS England wants social prescribing to work it has to fund the voluntary sector. We write the "
        "prescription but the pharmacy shelves are empty.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "I keep getting referrals for people in acute mental health crisis. I'm not a crisis worker and it "
        "isn't safe.",
        themes("refer"),
    ),
    (
        "Role creep is real. We're now expected to take on complex housing cases and benefit tribunals that "
        "need a specialist adviser.",
        themes("refer"),
    ),
    (
        "Safeguarding concerns should not be landing with me as the first port of call, but they regularly do.",
        themes("refer"),
    ),
    (
        "So many of my patients now have multiple complex needs - addiction, homelessness, domestic abuse - "
        "that a few sessions with me barely scratches the surface.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "The outcome measures are a nightmare. Half my patients find WEMWBS intrusive and I'm not convinced the "
        "scores mean anything.",
        themes("out"),
    ),
    (
        "Far too much time on reporting. Monthly returns for the PCN, quarterly for the ICB, and each wants a "
        "different format.",
        themes("out"),
    ),
    (
        "We need one simple national way of showing impact. Case studies are lovely but commissioners want "
        "numbers and we don't have a consistent tool.",
        themes("out"),
    ),
    ("Still no clarity on the Information Standard or what exactly we're supposed to be capturing.", themes("out")),
    # typical: wellbeing_burnout
    ("Honestly I'm exhausted. I go home carrying everyone's stories with me.", themes("well")),
    ("I was signed off for six weeks with stress last year. Nobody ever asked why.", themes("well")),
    (
        "The emotional weight of this job is huge. Bereavement, abuse, loneliness, all day every day, and it's "
        "hard to switch off.",
        themes("well"),
    ),
    ("Burnout is coming for a lot of us. I can feel myself running out of steam.", themes("well")),
    # typical: positive_experience
    (
        "I love this job. Seeing someone go from not leaving the house to leading the walking group is the best "
        "feeling.",
        themes("pos"),
    ),
    ("Just want to say the GPs at my surgery are brilliant and really back what I do.", themes("pos")),
    ("Best job I've ever had.", themes("pos")),
    ("My PCN team is amazing. We meet weekly and genuinely look out for each other.", themes("pos")),
    # awkward: content but no theme (survey comments, reflections, thanks)
    ("This survey is far too long. Some questions felt like they were asked three times over.", themes()),
    ("Thanks for the chance to feed back. Hope someone actually reads these.", themes()),
    (
        "Some of the questions didn't really fit those of us employed by a VCSE rather than directly by the "
        "PCN.",
        themes(),
    ),
    (
        "I've read articles calling social prescribing the future of primary care and others calling it a fad. "
        "Personally I think it's too early to tell, and that's fine.",
        themes(),
    ),
    # awkward: theme word present, theme does not apply
    (
        "One lady told me the gardening group did more for her wellbeing than any tablet ever had. That's what "
        "this job is about for me.",
        themes("pos"),
    ),
    (
        "A patient of mine has been on zero-hours contracts for years and the insecurity is wrecking his mental "
        "health. So much of what we see is really about work and money, not medicine.",
        themes(),
    ),
    # awkward: praise that mentions a concern topic
    (
        "I did the NHSE link worker training and the personalised care e-learning and both were genuinely "
        "useful.",
        themes("pos"),
    ),
    (
        "The GPs here completely get the role and send really appropriate referrals, which makes all the "
        "difference.",
        themes("pos"),
    ),
    (
        "We're lucky - the local voluntary sector is strong and there are loads of groups to link people into.",
        themes("pos"),
    ),
    (
        "Since we got a second link worker and a care coordinator to take the admin, things have been so much "
        "better.",
        themes("pos"),
    ),
    # awkward: negated themes
    (
        "Supervision isn't a problem for me - I get monthly clinical supervision through the hub and it's "
        "excellent.",
        themes("pos"),
    ),
    (
        "I don't have any issue with pay to be honest, it's fair for the area. My real challenge is being "
        "spread across five surgeries.",
        themes("staff"),
    ),
    (
        "I'm not burnt out, I'm not stressed, I'm just tired of being asked to prove our worth with yet another "
        "evaluation form.",
        themes("out"),
    ),
    ("Not an issue for me personally, but I know colleagues in the next PCN still can't get onto EMIS.", themes("it")),
    # awkward: hedged wishes
    (
        "It might be nice, at some point, to have a bit of training on supporting people with learning "
        "disabilities, if there's ever any budget.",
        themes("train"),
    ),
    (
        "Happy where I am for now, though a senior link worker post would be something to aim for eventually - "
        "there just isn't one.",
        themes("career", "pos"),
    ),
    (
        "If there was any chance of funding a peer supervision group across the ICB, I think a lot of us would "
        "use it.",
        themes("sup"),
    ),
    # awkward: multi-theme
    (
        "ARRS funding ends who knows when, my caseload is enormous and I'm burning out. Not a great "
        "combination.",
        themes("pay", "staff", "well"),
    ),
    (
        "The role is being stretched to fill gaps left by cuts everywhere else - housing officers, social "
        "workers, the voluntary sector. We pick up cases we're not qualified for and there's less and less to "
        "refer on to.",
        themes("refer", "comm"),
    ),
    (
        "The GPs see me as a signposter, I have nobody to talk cases through with, and I haven't had a single "
        "day of training since I started.",
        themes("clin", "sup", "train"),
    ),
    ("Love the job, hate the pay.", themes("pos", "pay")),
    (
        "I've been in post since 2019 when the Long Term Plan first funded these roles. I've watched it go from "
        "something nobody understood to something our whole practice relies on, and that has been hugely "
        "rewarding. But what happens after the ARRS money is now a very real question, and people who built "
        "these services are leaving because they can't get a mortgage on a one-year contract. If social "
        "prescribing really is the future of primary care, it needs funding like it.",
        themes("pos", "pay"),
    ),
    (
        "I had a lady referred for 'loneliness' who turned out to be living with a violent partner. I spent two "
        "weeks trying to get her safe with no supervisor to talk it through with. It stayed with me for months.",
        themes("refer", "sup", "well"),
    ),
    (
        "Not sure the role survives the next NHS reorganisation. ICBs are merging, our host federation is "
        "restructuring and nobody can tell us who will employ us next year.",
        themes("pay"),
    ),
    (
        "Your survey asks about our wellbeing but there's nowhere to say our pay band hasn't been looked at "
        "since the role started.",
        themes("pay"),
    ),
    (
        "Patients keep telling me they feel listened to for the first time. That's what keeps me going, even on "
        "the weeks I'm running on empty.",
        themes("pos", "well"),
    ),
    (
        "Thank you for doing this survey. The one thing I'd ask for is remote access to the clinical system - I "
        "lose hours driving back to the surgery just to type up notes.",
        themes("it"),
    ),
    # non-responses
    ("N/A", themes()),
    ("no", themes()),
    ("Nothing to add.", themes()),
    ("-", themes()),
    ("see above", themes()),
]

# Written blind like HOLDOUT_9, by a twenty-fourth engineer: long-serving link workers comparing then and now
# (problems fixed, problems grown worse, past and present in one answer); labelled before the first run
# (against 1.18.0).
HOLDOUT_32: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "When I started in 2019 half the GPs thought I was a receptionist with a different lanyard. It's a bit "
        "better now, but I still get tasks that just say 'needs help' from doctors with no idea what I actually "
        "do.",
        themes("clin"),
    ),
    (
        "Five years in and the practice manager still introduces me as 'the signposting lady'. I'd like the PCN "
        "to run proper awareness sessions for new clinical staff, because turnover means we're always starting "
        "from scratch.",
        themes("clin"),
    ),
    (
        "It used to be that the salaried GPs got it and the locums didn't, but since the surgery went mostly "
        "locum nobody knows what I'm for and I get used as spare admin.",
        themes("clin"),
    ),
    (
        "In my first year the nurses wouldn't share patients with me; these days they refer, but they treat me "
        "as a dumping ground for anyone they haven't got time for. Being seen as part of the clinical team "
        "rather than an add-on would help.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "I've been on band 4 since 2018 and there's literally nowhere to go unless I leave social prescribing "
        "altogether.",
        themes("career"),
    ),
    (
        "When I joined there was talk of a senior link worker post being created. Four years later it still "
        "hasn't materialised, and I've watched good colleagues leave because they could see no future in it.",
        themes("career"),
    ),
    (
        "It's felt like a dead end for a while now. I'd love a framework that recognises experience - a lead or "
        "specialist tier for those of us who've been doing this since the scheme began.",
        themes("career"),
    ),
    (
        "The only step up I've seen anyone take is moving into managing the care coordinators, which isn't "
        "social prescribing. A route upwards within the role itself would keep experienced people in it.",
        themes("career"),
    ),
    # typical: training_development
    (
        "Back in 2020 new starters got a proper induction and loads of online modules; now they get a handbook "
        "and that's about it, and there's nothing at all for staff who've been in post a while.",
        themes("train"),
    ),
    (
        "I'd really value some funded CPD on motivational interviewing and trauma-informed practice. That was "
        "once free via the regional network, but since that stopped I've been paying for courses out of my own "
        "pocket.",
        themes("train"),
    ),
    (
        "Protected learning time would help. The GPs get their afternoons for it; we were told we'd get the "
        "same three years ago and it never happened.",
        themes("train"),
    ),
    (
        "I'd like a recognised qualification at the end of all this. I've picked up bits and pieces over five "
        "years but nothing that adds up to anything on paper.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "Originally I covered one practice of 9,000 patients. Since the merger it's four sites and over 40,000 "
        "people on my own, and the wait to see me is now about eight weeks.",
        themes("staff"),
    ),
    (
        "My caseload used to sit around 30, which was manageable. Now it's routinely 70-plus and I'm doing "
        "twenty-minute check-ins instead of proper conversations.",
        themes("staff"),
    ),
    (
        "We desperately need an administrator. I spend hours chasing DNAs, booking rooms and typing letters "
        "that someone on band 2 could do - hours that used to go on patients.",
        themes("staff"),
    ),
    (
        "There were three of us across the PCN in 2021. Two left and were never replaced, so the referrals just "
        "keep piling up on my desk.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "For my first two years I had to ask a receptionist to look things up on SystmOne for me. I've got a "
        "smartcard now but it's read-only, so I still can't write my own notes into the record.",
        themes("it"),
    ),
    (
        "Since we moved to hybrid working I have no way to get into EMIS from home, and the laptop I was "
        "promised last spring never turned up.",
        themes("it"),
    ),
    (
        "Nobody has ever shown me how to use EMIS beyond logging in. I guess at SNOMED codes and end up asking "
        "whichever GP is free which one to use.",
        themes("it"),
    ),
    (
        "Each of my practices runs a different system - two on EMIS, one on SystmOne - and I only have a login "
        "for one of them. For the other two it's paper and phone calls, exactly as it was in 2019.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "I've had four line managers in five years and none of them understood the job. Clinical supervision "
        "has never been offered; all I've ever had is a monthly check-in about numbers.",
        themes("sup"),
    ),
    (
        "When the hub model was in place we had team meetings and someone to debrief with. Since we were split "
        "out to individual practices I've felt completely on my own.",
        themes("sup"),
    ),
    (
        "The peer network meetings used to be monthly and they were a lifeline, but they fizzled out after the "
        "reorganisation and nothing has replaced them.",
        themes("sup"),
    ),
    (
        "I'd like regular supervision with someone who has actually done this work, not a practice manager who "
        "signs off my leave. Having somewhere to take the hard cases would make a huge difference.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "My contract has been renewed twelve months at a time since 2019. Every January I start wondering "
        "whether I'll have a job in April.",
        themes("pay"),
    ),
    (
        "At the beginning the salary seemed fair for a new role, but the responsibility has grown massively and "
        "the money hasn't moved beyond annual uplifts. What we're paid doesn't reflect what we now do.",
        themes("pay"),
    ),
    (
        "We're employed by a charity on a grant that has to be re-bid for every two years, so there's always a "
        "cloud hanging over the service.",
        themes("pay"),
    ),
    (
        "Nobody can tell us what happens to ARRS funding after next March. It was the same story last year, and "
        "it makes planning anything long-term with patients impossible.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "There used to be a lunch club, a men's shed and two walking groups in our area. The lunch club and one "
        "of the walks have folded since the council cut grants, so I've got less and less to offer people.",
        themes("comm"),
    ),
    (
        "The queues at the services I refer into have got ridiculous - the local counselling charity is at six "
        "months and the debt advice service has closed its books.",
        themes("comm"),
    ),
    (
        "I work a very rural patch. While the community bus ran it was fine, but since it was withdrawn half my "
        "patients can't get to anything in town.",
        themes("comm"),
    ),
    (
        "Groups for younger adults barely exist round here. Everything is aimed at over-65s, which suited my "
        "referrals early on, but now I'm seeing lots of twenty-somethings and there's nowhere to send them.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "In the early days it was loneliness, gardening groups, getting people moving again. Now I'm sent "
        "people in active crisis who should be with the crisis team, because the GP can't get them seen "
        "anywhere else.",
        themes("refer"),
    ),
    (
        "More and more of what lands with me is complex housing and debt - eviction notices, bailiffs - that "
        "really needs a specialist caseworker, not a link worker.",
        themes("refer"),
    ),
    (
        "Role creep is real. Over the years I've ended up doing benefit forms, PIP appeals and chasing housing "
        "officers, none of which was ever in my job description.",
        themes("refer"),
    ),
    (
        "I've had safeguarding cases come through labelled as social prescribing more than once this year. That "
        "never used to happen, and honestly they should never have come to me.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "At the start we just kept a spreadsheet. Now I have to do ONS4 at first and last appointment, a "
        "separate PCN return and monthly case studies, and it eats a day a week.",
        themes("out"),
    ),
    (
        "I've never been convinced WEMWBS captures what changes for people. Half my patients find the questions "
        "odd, and I'd like a better way of showing the impact we have.",
        themes("out"),
    ),
    (
        "The reporting requirements keep shifting. We went from one dashboard to another, and last year we had "
        "to redo all our recording to match the new Information Standard.",
        themes("out"),
    ),
    (
        "Commissioners want evidence we're reducing GP appointments, but nobody has given us a way to measure "
        "that, so we're left writing case studies and hoping.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "I never used to take it home with me. The last eighteen months have worn me down and I've been signed "
        "off with stress twice.",
        themes("well"),
    ),
    (
        "What patients disclose to me now is much heavier than a few years ago - bereavement, abuse, suicidal "
        "thoughts - and it builds up. Some weeks I'm running on empty.",
        themes("well"),
    ),
    (
        "I'm exhausted in a way I never was in my first couple of years, and I'm not sure how much longer I can "
        "keep it up.",
        themes("well"),
    ),
    (
        "Since Covid I've found it much harder to switch off. I dream about patients and I've started dreading "
        "Monday mornings.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "Honestly it's the best job I've had. Six years in and I still come home some days feeling I've made a "
        "real difference.",
        themes("pos"),
    ),
    (
        "At first the GPs were sceptical, but now they're my biggest supporters and regularly tell patients how "
        "much I helped.",
        themes("pos"),
    ),
    (
        "Our team has grown from just me to five link workers and we're really close; we cover for each other "
        "and laugh a lot.",
        themes("pos"),
    ),
    (
        "I've watched people go from not leaving the house to running the group I first pointed them towards. "
        "That never gets old.",
        themes("pos"),
    ),
    # awkward: content but no theme
    (
        "I was doing this before anyone called it social prescribing. It's interesting to see how the name has "
        "caught on.",
        themes(),
    ),
    (
        "Thanks for running this survey again - I fill it in every year and it's good to see the questions have "
        "evolved.",
        themes(),
    ),
    ("I think the survey would be better if it asked for the patients' views as well, not just ours.", themes()),
    ("I moved from a PCN-employed post to a VCSE-hosted one in 2022. Both have their pros and cons.", themes()),
    ("My background was in housing before I came into this role, and that shapes how I approach things.", themes()),
    # awkward: theme words present but theme does not apply
    ("A lot of the people I see are isolated and lonely, more so than before the pandemic.", themes()),
    (
        "This year I started co-facilitating the induction sessions for new care coordinators across the PCN, "
        "which is a new part of my week.",
        themes(),
    ),
    (
        "Most of my patients are stressed about money these days; the cost of living comes up in nearly every "
        "conversation.",
        themes(),
    ),
    ("I put everything on EMIS the same day - a habit I got into when I first started.", themes()),
    # awkward: praise that mentions a concern topic
    (
        "Getting full EMIS access last year changed everything - I can finally see the whole picture before I "
        "ring someone.",
        themes("pos"),
    ),
    (
        "My clinical supervision is brilliant now. For the first three years I had none, so I really appreciate "
        "it.",
        themes("pos"),
    ),
    (
        "The PCN moved us up to band 5 last autumn in recognition of experience, which felt like someone had "
        "finally noticed.",
        themes("pos"),
    ),
    (
        "The learning offer through the regional academy has improved massively since I joined; I've completed "
        "three accredited courses this year.",
        themes("pos"),
    ),
    # awkward: negated themes
    (
        "Pay isn't what I'd complain about. What's getting me is the volume - I can't keep up with new "
        "referrals and the list keeps growing.",
        themes("staff"),
    ),
    (
        "IT isn't really an issue for me either way. The bigger problem is that there's nothing left locally to "
        "refer people to since the library groups closed.",
        themes("comm"),
    ),
    (
        "I don't feel burnt out, whatever people assume about this job. I just wish the GPs would stop sending "
        "me people who need a psychiatrist.",
        themes("refer"),
    ),
    (
        "Supervision isn't what's missing for me, whatever the last survey seemed to assume. What's missing is "
        "any way of moving up without leaving.",
        themes("career"),
    ),
    # awkward: hedged wishes and mixed feelings
    (
        "It might be nice to have some kind of refresher course now and then, though I'm not sure it's a "
        "priority.",
        themes("train"),
    ),
    (
        "I still love the work, most days, but I'm not sure I'll be here in another three years if they keep "
        "issuing short-term contracts.",
        themes("pos", "pay"),
    ),
    (
        "I suppose a bit more contact with other link workers would help, maybe. I don't know. It's been a long "
        "time since I spoke to anyone doing the same job.",
        themes("sup"),
    ),
    (
        "Part of me misses the early days when it was all new and exciting; part of me is relieved that what "
        "I'm sent is far more suitable now. Mixed, really.",
        themes("pos"),
    ),
    # awkward: multi-theme answers
    (
        "When I started I had one practice, fortnightly supervision and a manager who understood the role. Now "
        "it's three practices, no supervision, and a manager who thinks I'm a care navigator.",
        themes("staff", "sup", "clin"),
    ),
    (
        "The money hasn't gone up in real terms over the past half-decade, and I'm running three groups on top "
        "of a caseload that's doubled. I love the patients but I'm shattered.",
        themes("pay", "staff", "pos", "well"),
    ),
    (
        "We used to get a couple of days' training a year and a proper walkthrough of the ONS4; now it's all "
        "self-directed, and the outcome reporting has tripled.",
        themes("train", "out"),
    ),
    (
        "Since I moved from the charity into the PCN I've lost my peer team, and the groups I used to refer "
        "into have lost their council funding too.",
        themes("sup", "comm"),
    ),
    (
        "I'm getting people in mental health crisis and having to manage them with no clinical supervision. "
        "It's frightening and it's taking its toll on me.",
        themes("refer", "sup", "well"),
    ),
    (
        "Still no smartcard after three years, so I can't record outcomes on the system and have to keep a "
        "separate spreadsheet that nobody reads.",
        themes("it", "out"),
    ),
    (
        "The post is permanent now, which I'm grateful for after years of rolling contracts, but there's no "
        "route upwards and no budget for any courses.",
        themes("pos", "career", "train"),
    ),
    # awkward: non-responses
    ("n/a", themes()),
    ("Nothing more to add, covered it above.", themes()),
    ("-", themes()),
    ("No, not really.", themes()),
]

# Written blind like HOLDOUT_9, by a twenty-fifth engineer: new starters answering 'What would help you?'
# (wishes, questions, uncertainty, their previous jobs); labelled before the first run (against 1.18.0).
HOLDOUT_33: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "I'm about six months in and I'd love the GPs to have a proper briefing on what I actually do. Half of "
        "them seem to think I'm there to book taxis and fill in blue badge forms. In my last job in housing, "
        "people at least knew what a support officer was for.",
        themes("clin"),
    ),
    (
        "Could the PCN do a short slot at a practice meeting explaining social prescribing? Reception keep "
        "telling patients I'm a counsellor, so people turn up expecting therapy and leave disappointed.",
        themes("clin"),
    ),
    (
        "Not sure if this is normal, but the nurses treat me as a spare pair of hands. Last week I was asked to "
        "ring round for flu jab bookings. Some acknowledgement that this is a specialist job and not general "
        "admin would help.",
        themes("clin"),
    ),
    (
        "Coming from teaching, I'm used to colleagues knowing what my job involves. Here I spend a lot of "
        "energy justifying why I'm in the building at all. It would have helped if the partners and the "
        "pharmacist had been told what a link worker is before I started rather than after.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "Will there ever be a senior link worker post? I've only been here eight months but I can already see "
        "there's nowhere to go after this apart from out the door.",
        themes("career"),
    ),
    (
        "In retail I went from the shop floor to assistant manager in two years. I'd like to know what the "
        "route up looks like here, because everyone in our PCN is on band 4 no matter how long they've been "
        "doing it.",
        themes("career"),
    ),
    (
        "Would it be possible to have something written down that shows what a band 5 or band 6 link worker "
        "would look like? I'd like something to aim for rather than doing the same thing for ten years.",
        themes("career"),
    ),
    (
        "I don't know whether a lead role exists anywhere in our area. I asked my manager and she wasn't sure "
        "either. Some kind of ladder would stop people like me drifting back to our old careers.",
        themes("career"),
    ),
    # typical: training_development
    (
        "A proper induction. I was handed a login and a list of phone numbers and told to crack on. Even a week "
        "shadowing an experienced link worker in another PCN would have made the first month far less "
        "confusing.",
        themes("train"),
    ),
    (
        "I'd really like to do a motivational interviewing course. Is there a learning budget for link workers, "
        "or are we expected to pay for it ourselves?",
        themes("train"),
    ),
    (
        "From care work I know a lot about personal care but very little about benefits. A few short courses on "
        "welfare rights would mean I could actually answer the questions patients bring me instead of saying "
        "I'll find out.",
        themes("train"),
    ),
    (
        "Protected learning time. The surgery closes one afternoon a month for the clinicians' teaching but I'm "
        "still expected to see patients. I'd like to use those afternoons for my own CPD.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "I'm split across four surgeries and my waiting list is already at seven weeks. Another link worker in "
        "the PCN would help more than anything else on this list.",
        themes("staff"),
    ),
    (
        "Is there any chance of some admin help? I spend hours chasing DNAs, booking rooms and posting letters "
        "when I could be seeing people.",
        themes("staff"),
    ),
    (
        "My caseload went from about 30 to nearly 70 in my first three months. I can't tell if that's typical, "
        "but nobody else seems bothered by the numbers.",
        themes("staff"),
    ),
    (
        "In housing we had a cap on how many tenants each officer held. Are there plans for a recommended "
        "caseload size for link workers? At the moment mine just keeps growing and referrals never slow down.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "Five months in and I still don't have a smartcard, so I can't open anyone's notes and have to ask a "
        "receptionist to read bits out to me.",
        themes("it"),
    ),
    (
        "Will there be any training on SystmOne? I was given read-only access with no explanation of where "
        "anything is, let alone how to write my own entries.",
        themes("it"),
    ),
    (
        "A laptop would help. I share a desktop in the back office with the phlebotomist and there's nowhere to "
        "type up home visits when she's using it.",
        themes("it"),
    ),
    (
        "I'm unsure which SNOMED codes I should be using in EMIS when I close a case. Each practice does it "
        "differently and nobody has shown me how.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "Regular clinical supervision would help. Some of the situations I deal with involve real risk and I'd "
        "like someone qualified to check my decisions with.",
        themes("sup"),
    ),
    (
        "I'd love to join a peer group with other new link workers. I'm the only one in my PCN and it can feel "
        "quite lonely sitting in a room by myself all day.",
        themes("sup"),
    ),
    (
        "My line manager is based at the council and I've met her twice since January. Someone nearer the "
        "day-to-day work who I could run things past would make a big difference.",
        themes("sup"),
    ),
    (
        "Having come from a care home where there was always a senior on shift, it's been a shock having no one "
        "to ask. I wonder if a buddy scheme with someone who's been doing this a few years could be set up?",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "My contract ends next March and nobody can say whether the ARRS money will carry on. It's hard to "
        "settle into a role when I might be job hunting again by Christmas.",
        themes("pay"),
    ),
    (
        "I took a pay cut to leave teaching. Band 4 doesn't reflect the level of risk and responsibility we "
        "carry with some of these patients.",
        themes("pay"),
    ),
    (
        "Could link worker posts be made permanent rather than twelve-month fixed term? I'd like to stay but "
        "I've a mortgage to think about.",
        themes("pay"),
    ),
    (
        "Are we going to get the NHS pay award? Our post is hosted by a charity and we didn't receive the "
        "uplift last year while the practice staff did.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "More places to actually send people. I find a lovely-sounding group online and then discover it shut "
        "last year when its grant ran out.",
        themes("comm"),
    ),
    (
        "I work a rural patch and half my patients can't get to anything without a car. A community transport "
        "scheme would do more good than another leaflet.",
        themes("comm"),
    ),
    (
        "The local befriending service has a five-month wait. I've no idea what I'm supposed to offer people in "
        "the meantime.",
        themes("comm"),
    ),
    (
        "In my housing job we had an up-to-date directory of services. Here there's hardly anything for men "
        "over 50 or for young carers, and what does exist is run by a handful of volunteers who are stretched "
        "thin.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "I'm getting referrals for people who are actively suicidal. I'm not a mental health practitioner and I "
        "honestly don't know if I should be seeing them at all.",
        themes("refer"),
    ),
    (
        "Clearer criteria for what comes to me, please. Recently I've had eviction notices, live safeguarding "
        "concerns and people in mental health crisis, none of which I think belongs with social prescribing.",
        themes("refer"),
    ),
    (
        "Would it be possible to have a triage step before referrals land with me? So many patients have such "
        "layered needs, drug use, debt, domestic abuse, that six sessions with me barely scratches the surface.",
        themes("refer"),
    ),
    (
        "Because I came from housing support, people assume I can sort out homelessness applications. I'm being "
        "pulled into casework that's well beyond what a link worker should be doing.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "Why are we asked to do WEMWBS at the first and last appointment when half my patients only come once? "
        "Guidance on what to do with incomplete scores would help.",
        themes("out"),
    ),
    (
        "Simpler ways of showing impact. The PCN wants figures every month and I spend Friday afternoons "
        "building spreadsheets instead of seeing people.",
        themes("out"),
    ),
    (
        "Will everyone eventually use one outcome tool? The person before me used ONS4, the PCN has asked for "
        "MYCAW and the council wants case studies.",
        themes("out"),
    ),
    (
        "It would help to know what happens to the monthly return. I send it off and never hear anything back, "
        "so I've no way of telling whether what I'm doing is making a difference.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "Honestly I'm exhausted. I didn't expect the work to be this emotionally draining and I've already had "
        "a week off sick.",
        themes("well"),
    ),
    (
        "Some sort of wellbeing offer for link workers. I carry a lot of people's sadness home with me and I'm "
        "struggling to switch off at night.",
        themes("well"),
    ),
    (
        "I don't know if other new starters feel the same, but I've dreaded every Sunday evening since about "
        "month three. I'd like to think it gets easier.",
        themes("well"),
    ),
    (
        "In retail I was tired but I could leave it at the door. Listening to bereavement and abuse all day is "
        "a different kind of tired, and I think I'm close to burning out.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "Nothing much really, I'm loving it so far. The practice manager has been brilliant and the patients "
        "are so grateful.",
        themes("pos"),
    ),
    (
        "Only seven months in but it's the most rewarding job I've had. Seeing someone who hadn't left the "
        "house in a year turn up at the walking group made my week.",
        themes("pos"),
    ),
    (
        "The GPs at my surgery have been really welcoming and actually ask for my view in clinical meetings. I "
        "feel like part of the team.",
        themes("pos"),
    ),
    (
        "Compared with teaching, the workload is manageable and I feel trusted to get on with things. I'd "
        "recommend the role to anyone thinking about it.",
        themes("pos"),
    ),
    # awkward: content but no theme
    (
        "I came into this after a long career in social care and I'm still working out where everything fits. "
        "Ask me again next year!",
        themes(),
    ),
    (
        "Could the survey go out earlier in the year? It arrived while I was on annual leave and I nearly "
        "missed the deadline.",
        themes(),
    ),
    ("Thank you for including new starters in this, not just people who've been in post for years.", themes()),
    (
        "It would be interesting to know how many link workers came from housing like me. I'd guess quite a few "
        "of us.",
        themes(),
    ),
    (
        "A staff parking space at my main surgery would be nice. I circle the block for twenty minutes most "
        "mornings before clinic.",
        themes(),
    ),
    # awkward: theme words present but theme does not apply
    (
        "I did the online training module before I started, and what would help now is more local groups for "
        "people living with chronic pain. There's a real gap for them.",
        themes("comm"),
    ),
    (
        "My supervisor suggested I mention this: patients keep asking for help with energy bills and there's "
        "nowhere left locally doing one-to-one advice since the Citizens Advice outreach stopped.",
        themes("comm"),
    ),
    (
        "I read the Information Standard guidance in my induction week. What I'd actually find useful is "
        "knowing what to do when a patient discloses domestic abuse and clearly needs far more than a link "
        "worker can give.",
        themes("refer"),
    ),
    (
        "My caseload is mostly older people, and the thing that would help most is reliable buses out to the "
        "villages. The timetable keeps changing and people miss their groups.",
        themes("comm"),
    ),
    # awkward: praise that mentions a concern topic
    (
        "My clinical supervision through the PCN is excellent, fortnightly with a psychotherapist, and it's "
        "honestly what keeps me going.",
        themes("pos"),
    ),
    (
        "The training so far has been fantastic. My host VCSE paid for mental health first aid within my first "
        "month without me even asking.",
        themes("pos"),
    ),
    (
        "Really pleased our PCN made all the link worker contracts permanent this spring. It's made a huge "
        "difference to how settled I feel.",
        themes("pos"),
    ),
    (
        "The GPs here get my role because the lead partner used to champion social prescribing. Referrals "
        "arrive with a clear reason and they're nearly always spot on.",
        themes("pos"),
    ),
    # awkward: negated themes
    (
        "Pay isn't really the issue for me, I earn more than I did in care work. What I'd like is a clearer "
        "idea of whether there's anywhere to progress to.",
        themes("career"),
    ),
    (
        "I've got EMIS access and a laptop, so no problems there. What would help is admin support, because "
        "booking rooms and sending reminder texts eats half my week.",
        themes("staff"),
    ),
    (
        "I don't feel burnt out or anything like that, it's more that I'm unclear what's expected of me. A "
        "proper induction pack would really help.",
        themes("train"),
    ),
    (
        "It's not the money, care work paid worse. It's that the nurses pass people to me just to get them off "
        "their list, and nobody seems to know what I actually offer.",
        themes("clin"),
    ),
    # awkward: hedged wishes and mixed feelings
    (
        "Maybe some training on supporting autistic adults might be useful? I'm not certain, and I don't want "
        "to make a fuss about it.",
        themes("train"),
    ),
    (
        "I love the patient side of the job, but the caseload is frankly unmanageable and I'm not sure how long "
        "I can keep going at this pace.",
        themes("pos", "staff", "well"),
    ),
    (
        "Perhaps a bit more contact with other link workers would be nice, although I mostly get on fine by "
        "myself.",
        themes("sup"),
    ),
    (
        "It's a great team and I feel valued, but I do sometimes wonder whether the job will still exist once "
        "the funding gets reviewed.",
        themes("pos", "pay"),
    ),
    # awkward: multi-theme answers
    (
        "Three things: a smartcard, someone to supervise me properly, and fewer referrals for people who really "
        "need the crisis team.",
        themes("it", "sup", "refer"),
    ),
    (
        "My caseload is enormous and I've had no supervision since I started, so I'm going home in tears most "
        "weeks.",
        themes("staff", "sup", "well"),
    ),
    (
        "Will there be funding for courses? And is there actually a band 5 at the end of it? Otherwise I can't "
        "see why I'd put in the extra learning.",
        themes("train", "career"),
    ),
    (
        "The GPs don't really grasp what I do, so I end up with referrals that are pure safeguarding or crisis, "
        "which shouldn't be coming to me at all.",
        themes("clin", "refer"),
    ),
    (
        "Funding for local groups has been cut so badly there's very little left to refer to, and the reporting "
        "we do for the ICB doesn't capture how hard that makes things.",
        themes("comm", "out"),
    ),
    (
        "Being on a fixed-term contract at band 4 with no sign of a senior role makes it hard to picture myself "
        "staying beyond another year.",
        themes("pay", "career"),
    ),
    (
        "I'd like time to record outcomes properly, but I can't get into SystmOne from home and there are only "
        "two of us for the whole PCN.",
        themes("out", "it", "staff"),
    ),
    # awkward: non-responses
    ("N/A", themes()),
    ("-", themes()),
    ("No, not at the moment.", themes()),
    ("Covered in my earlier answers.", themes()),
]

# Written blind like HOLDOUT_9, by a twenty-sixth engineer: typed on a phone (lower case, little punctuation,
# abbreviations, typos, idioms); labelled before the first run (against 1.18.0).
HOLDOUT_34: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "gps at my surgery still think im there to sort bus passes and blue badge forms tbh, nobody has ever "
        "asked what sp actually is",
        themes("clin"),
    ),
    (
        "would help if the pcn did a proper session w/ the nurses and reception on what a lw does b/c half of "
        "them have no clue",
        themes("clin"),
    ),
    (
        "feel like the bottom of the pile in the practice, the clinicians dont rate the role at all and it "
        "shows in how they speak to me",
        themes("clin"),
    ),
    (
        "im basically the practice bin for anything non medical, if a dr doesnt know what to do w/ someone its "
        "oh send them to the social prescriber",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "nowhere to go from here, been band 4 for 5 yrs and theres no senior lw post anywhere in our pcn",
        themes("career"),
    ),
    (
        "a proper career structure would help alot, atm you hit the ceiling after a couple of years and thats "
        "it",
        themes("career"),
    ),
    (
        "want to progress but the only way up is leaving sp altogether and going into mgmt somewhere else",
        themes("career"),
    ),
    (
        "be nice if there was a specialist or lead tier so experienced lws arent on the exact same grade as "
        "someone who started last week",
        themes("career"),
    ),
    # typical: training_development
    ("more cpd pls esp around mh and suicide awareness, had nothing since my induction 2 yrs ago", themes("train")),
    ("would love to do a level 4 qualification or something recognised but theres no budget for it", themes("train")),
    (
        "induction was basically heres your desk crack on. needed proper grounding in motivational "
        "interviewing, health coaching etc",
        themes("train"),
    ),
    (
        "time set aside to actually go on courses, every time something good comes up i cant go b/c my clinics "
        "are already booked",
        themes("train"),
    ),
    # typical: staffing_capacity
    ("caseload is ridiculous, 80+ open ppl and the referrals just keep coming", themes("staff")),
    ("covering 6 practices on my own across the pcn, cant do any of them justice", themes("staff")),
    (
        "we need at least another 2 lws, the wait to see us is 10 wks now which defeats the point of early help",
        themes("staff"),
    ),
    ("an admin person to book appts and chase dnas would free up hours of my week", themes("staff")),
    # typical: it_systems_access
    (
        "still no smartcard after 8 months so i cant see anything on emis, have to ask the hca to look stuff up "
        "for me",
        themes("it"),
    ),
    (
        "cant write into the notes on systmone, read only, so the gp never sees what ive done with the patient",
        themes("it"),
    ),
    (
        "work laptop wont connect from home so no remote working even tho the surgery has no room for me most "
        "days",
        themes("it"),
    ),
    (
        "nobody ever showed me how to code properly on emis, i dont know which snomed codes to use for sp so i "
        "just free text everything",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "no clinical supervision at all, been asking for over a year and keep getting told its being looked "
        "into",
        themes("sup"),
    ),
    (
        "my line manager sits at the federation and i see them maybe twice a yr, i basically manage myself",
        themes("sup"),
    ),
    ("only lw in the pcn and its very isolating, would love a peer group to bounce ideas off", themes("sup")),
    ("monthly supervision w/ someone who actually understands sp would help massively", themes("sup")),
    # typical: pay_job_security
    ("pay is shocking for the level of responsibility, my mate in retail earns more than me", themes("pay")),
    (
        "contract ends in march and nobody can tell me if arrs money is continuing, cant plan my life around "
        "that",
        themes("pay"),
    ),
    ("fixed term again, third one on the trot, something permanent would be a huge relief", themes("pay")),
    (
        "our post is funded by a grant thru a local charity and every yr its a worry whether the money comes "
        "thru",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "nowhere to refer ppl to anymore, half the local groups have shut since the council pulled their "
        "funding",
        themes("comm"),
    ),
    ("counselling waits round here are 6 months+ so i end up holding people who are stuck in limbo", themes("comm")),
    ("very rural, no buses after 4pm so even if there is a group ppl physically cant get to it", themes("comm")),
    ("vcse orgs in our area are on their knees, we lost 3 befriending services this year alone", themes("comm")),
    # typical: referral_appropriateness
    ("getting sent ppl in active mh crisis which is not what sp is for, its not safe for them or me", themes("refer")),
    ("gps passing on complicated debt and eviction cases that need a specialist adviser not a lw", themes("refer")),
    (
        "the job keeps growing, now im doing welfare benefit forms and safeguarding follow ups that were never "
        "in my jd",
        themes("refer"),
    ),
    (
        "patients far too complex for what i can offer, substance use, dv, multiple diagnoses, all landing on "
        "my desk",
        themes("refer"),
    ),
    # typical: outcomes_data
    ("doing ons4 at the start and end is a faff and patients hate filling it in", themes("out")),
    (
        "icb want stats every month in a different spreadsheet format, takes me ages to pull it all together",
        themes("out"),
    ),
    (
        "no real way of showing our impact, commissioners want numbers but what we do doesnt fit in a tick box",
        themes("out"),
    ),
    (
        "would help to have one agreed measure across the pcn, atm some of us use wemwbs some use mycaw and "
        "none of it joins up",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    ("honestly burnt out, been signed off w/ stress twice this yr", themes("well")),
    ("the stories ppl tell you stay with you, i take it home with me every night", themes("well")),
    ("at the end of my tether most weeks, completely drained", themes("well")),
    ("spinning plates all day then going home wiped out, its wrecking my sleep", themes("well")),
    # typical: positive_experience
    (
        "love my job, seeing someone come out of their shell after joining a walking group is the best feeling",
        themes("pos"),
    ),
    ("my practice team are brilliant and really get what i do", themes("pos")),
    ("most rewarding job ive had tbh, wouldnt swap it", themes("pos")),
    ("gps here are great, they ask for my input at mdts and i feel like part of the team", themes("pos")),
    # awkward: content but no theme
    ("survey is way too long, took forever on my phone", themes()),
    ("would be good to actually see the results of this shared back with us this time round", themes()),
    ("came into sp from working in a library, funny how many of the skills are the same really", themes()),
    ("most of my patients want help w/ loneliness and just getting out the house", themes()),
    (
        "the name social prescribing confuses patients, they think theyre getting a prescription from the "
        "chemist lol",
        themes(),
    ),
    # awkward: theme words present but theme does not apply
    ("i went to a taster training day on sp back in 2019, thats how i first heard about the role", themes()),
    ("i was a band 5 nurse before i switched over to this", themes()),
    ("i mainly use emis to get patients contact details before i ring them", themes()),
    ("the supervision question earlier was a bit confusing, wasnt sure if it meant clinical or line mgmt", themes()),
    # awkward: praise that mentions a concern topic
    ("supervision is fab, my supervisor is a psychotherapist and it really keeps me grounded", themes("pos")),
    ("pcn paid for my mh first aid course and a counselling skills cert this yr, really grateful", themes("pos")),
    (
        "finally got full emis access this year and its made a massive difference, the gps can see my notes now",
        themes("pos"),
    ),
    ("caseload feels manageable now weve got a 3rd lw, so much better than last year", themes("pos")),
    # awkward: negated themes
    ("pay isnt the issue for me tbh, its the lack of anywhere to send people once ive seen them", themes("comm")),
    (
        "not fussed about progression personally, what i want is less reporting, the monthly returns eat a "
        "whole day",
        themes("out"),
    ),
    ("it access isnt a problem, the big thing is gps not getting what i do", themes("clin")),
    (
        "training's not really what i need, ive done loads of courses, what i need is someone to actually "
        "supervise me",
        themes("sup"),
    ),
    # awkward: hedged wishes and mixed feelings
    ("maybe a bit more training would be nice at some point but its not a priority", themes("train")),
    ("suppose a pay rise wouldnt go amiss lol", themes("pay")),
    (
        "mixed really, the patients make it worth it but the pcn dont seem to know what to do with us",
        themes("pos", "clin"),
    ),
    (
        "might be useful if there was somewhere to move up to eventually, dunno, not thought about it much",
        themes("career"),
    ),
    # awkward: multi-theme answers
    ("too many patients, not enough groups to send them to, and im shattered", themes("staff", "comm", "well")),
    (
        "no supervision and im taking on cases that should be w/ the crisis team, whos checking im doing it "
        "right",
        themes("sup", "refer"),
    ),
    (
        "cant get onto systmone from the community venues so the wemwbs scores go on paper then get typed up "
        "later, double the work",
        themes("it", "out"),
    ),
    ("short term contract, no route up, and stuck on a salary that hasnt moved in 3 yrs", themes("pay", "career")),
    (
        "id definately love more training but cant take time out b/c its only me covering 4 surgeries",
        themes("train", "staff"),
    ),
    (
        "great team and a supportive manager but the waiting list keeps growing and local groups are all full "
        "so its like banging my head against a wall",
        themes("pos", "staff", "comm"),
    ),
    (
        "exhausted from chasing data for the icb every month on top of a full caseload, and nobody from the pcn "
        "ever checks in on us",
        themes("out", "well", "staff", "sup"),
    ),
    # awkward: non-responses
    ("na", themes()),
    ("nope nothing", themes()),
    ("as above", themes()),
    ("-", themes()),
]

# Written blind like HOLDOUT_9, by a twenty-seventh engineer: link workers hosted outside the practice (VCSE,
# local authority, NHS trust: honorary contracts, charity laptops, grant funding); labelled before the first run
# (against 1.18.0).
HOLDOUT_35: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "The GPs at two of my surgeries still think I'm there to book taxis and fill in blue badge forms. Half "
        "the receptionists couldn't tell you what I actually do.",
        themes("clin"),
    ),
    (
        "Because I'm employed by the charity, practice staff treat me like a visitor from an outside agency. "
        "Nobody invites me to clinical meetings and my views on patients are rarely asked for.",
        themes("clin"),
    ),
    (
        "A short session for new GP trainees and locums on what social prescribing is. Most of them have never "
        "heard of link workers before they start.",
        themes("clin"),
    ),
    (
        "Recognition from the PCN board that this is a skilled job. At the moment we're seen as a nice extra "
        "rather than a proper part of primary care.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "There's nowhere to go after this. I've been a band 4 link worker for five years and the only way up "
        "would be to leave social prescribing altogether.",
        themes("career"),
    ),
    (
        "The charity has one coordinator post above us and the same person has held it for eight years. No "
        "senior link worker roles, nothing in between.",
        themes("career"),
    ),
    (
        "Something that sets out how an SPLW could move into a lead or specialist role. Right now years of "
        "experience count for nothing on paper.",
        themes("career"),
    ),
    (
        "I'd like to know where this job leads. The other ARRS roles in our PCN seem to have routes into "
        "advanced practice and we have nothing comparable.",
        themes("career"),
    ),
    # typical: training_development
    (
        "Funded courses on motivational interviewing and trauma-informed practice. My host organisation has no "
        "learning budget so I've paid for things out of my own pocket.",
        themes("train"),
    ),
    (
        "Induction was a morning going through the charity's HR policies and then I was dropped into the "
        "surgery. I'd have loved some shadowing and a proper grounding in how primary care works.",
        themes("train"),
    ),
    (
        "Protected time each month for CPD would make a big difference. At the moment any learning happens in "
        "my lunch break, if at all.",
        themes("train"),
    ),
    (
        "Access to safeguarding adults training. As a council employee I keep being told it's the practice's "
        "job to provide it, and the practice says it's the council's.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "I cover six practices across the PCN on my own and the wait to see me is nearly three months. One more "
        "link worker would transform it.",
        themes("staff"),
    ),
    (
        "My caseload is sitting at about 90 active patients. There's no way to give anyone the time they need.",
        themes("staff"),
    ),
    (
        "Some admin help please. I spend hours booking rooms, chasing DNAs and typing up letters instead of "
        "seeing people.",
        themes("staff"),
    ),
    (
        "Referrals come in faster than I can see them. The PCN promotes the service to every clinician but "
        "never checks whether there's room on my list.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "I work off a charity laptop that won't connect to the practice network, so I have to hunt for a free "
        "desk with a PC every time I want to look something up on EMIS.",
        themes("it"),
    ),
    (
        "Still waiting for a smartcard after seven months. Without it I can't read notes or record anything, so "
        "the GPs never see what I've done.",
        themes("it"),
    ),
    (
        "Read-only access to SystmOne means I email my notes to a receptionist to upload. It's slow and things "
        "go missing.",
        themes("it"),
    ),
    (
        "Some proper guidance on which SNOMED codes to use. I was given a login on day one and left to work it "
        "out myself.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "My manager at the charity has never worked in health and doesn't get the practice side, and my PCN "
        "contact just hands out instructions. I answer to two people and neither of them supports me.",
        themes("sup"),
    ),
    (
        "We get no clinical supervision whatsoever. When a patient discloses something awful there's nobody to "
        "talk it through with.",
        themes("sup"),
    ),
    (
        "A regular get-together with other link workers in the area. I'm the only one in my PCN and it can feel "
        "very lonely.",
        themes("sup"),
    ),
    ("Line management that actually happens. My one-to-ones get cancelled more often than not.", themes("sup")),
    # typical: pay_job_security
    (
        "I'm on a band 4 equivalent with the VCSE host, but the care coordinator sat next to me, who is "
        "employed directly by the PCN, earns noticeably more for similar work.",
        themes("pay"),
    ),
    (
        "Our posts are paid for by a lottery grant that ends next March. Nobody can tell us whether there'll be "
        "a job after that.",
        themes("pay"),
    ),
    (
        "Every year my contract gets extended for twelve months at the last minute. Try getting a mortgage on "
        "that.",
        themes("pay"),
    ),
    (
        "A salary that reflects the risk and responsibility we carry. I earn less than the shift supervisors at "
        "the supermarket down the road.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "So many of the groups I used to refer to have folded since their money dried up. The befriending "
        "scheme has shut completely.",
        themes("comm"),
    ),
    (
        "In a rural area with one bus a day, there's no point referring someone to a walking group twenty miles "
        "away.",
        themes("comm"),
    ),
    (
        "Local counselling waits are over a year and the debt advice service has stopped taking new clients. "
        "I'm running out of places to send people.",
        themes("comm"),
    ),
    (
        "We badly need more for young men and for people whose first language isn't English. There is simply "
        "nothing locally.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "I'm getting referrals for people who are actively suicidal because the crisis team won't pick them up. "
        "That isn't what this job is for.",
        themes("refer"),
    ),
    (
        "Patients arrive with eviction notices, safeguarding concerns and addiction, and the GP's note just "
        "says 'please see SP'. It's way beyond a social prescribing conversation.",
        themes("refer"),
    ),
    (
        "Increasingly I'm used as a stand-in for the community mental health team, holding patients who really "
        "should be under secondary care.",
        themes("refer"),
    ),
    (
        "Clearer criteria so practices stop sending me complex benefit appeals and immigration cases that need "
        "a specialist caseworker.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "Doing WEMWBS at the first and last session with people who are in tears or can barely read is awful, "
        "and it eats a chunk of the appointment.",
        themes("out"),
    ),
    (
        "The charity wants one set of figures for its funder and the PCN wants another for their dashboard. I'm "
        "recording everything twice.",
        themes("out"),
    ),
    (
        "An easier way to show the difference we make. Commissioners want numbers, but the real change I see "
        "doesn't fit on a scale of one to ten.",
        themes("out"),
    ),
    (
        "Nobody has explained what we're supposed to capture under the Information Standard, and every practice "
        "seems to record it differently.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    ("I'm exhausted. I go home carrying other people's problems and can't switch off.", themes("well")),
    (
        "I was signed off for six weeks with stress last year, and nothing has changed since I came back.",
        themes("well"),
    ),
    (
        "The stories you hear day in, day out take their toll. Some wellbeing support aimed at link workers "
        "would help.",
        themes("well"),
    ),
    (
        "Two colleagues have gone off long-term this year, completely burnt out, and I can feel myself heading "
        "the same way.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "I love this job. Seeing someone who hadn't left the house in a year turn up at the community garden "
        "makes it all worth it.",
        themes("pos"),
    ),
    (
        "The practice team have welcomed me in completely even though I'm employed by the council. I feel like "
        "one of them.",
        themes("pos"),
    ),
    ("My host charity is brilliant to work for: flexible, caring, and they really back us.", themes("pos")),
    ("Best job I've ever had. Genuinely rewarding and the patients are so grateful.", themes("pos")),
    # awkward: content but no theme
    ("The survey is too long, and some of the questions don't really fit people employed outside the PCN.", themes()),
    ("Just want to say thank you to whoever reads these.", themes()),
    ("I came into this post after twenty years in housing support.", themes()),
    ("It would be good to see the results of this survey shared with us before next year's goes out.", themes()),
    (
        "Social prescribing is about what matters to the person, not what's the matter with them, and the whole "
        "NHS could learn from that.",
        themes(),
    ),
    # awkward: theme words present but theme does not apply
    (
        "Before this I was a trainer in adult education, which is why I set up the digital skills drop-in for "
        "patients at the library.",
        themes(),
    ),
    (
        "Lots of my patients are unpaid carers who are burnt out themselves, so I spend a good deal of time "
        "linking them in with carers' support.",
        themes(),
    ),
    ("I supervise two volunteers who run our telephone befriending line.", themes()),
    (
        "A lot of my work is helping older patients get hold of a tablet and get online so they can use the NHS "
        "App.",
        themes(),
    ),
    # awkward: praise that mentions a concern topic
    (
        "The clinical supervision I get through the trust is excellent: monthly, with a psychologist, and it "
        "keeps me sane.",
        themes("pos"),
    ),
    ("Our GPs totally get what social prescribing is about and refer really thoughtfully.", themes("pos")),
    (
        "Since the practice sorted my smartcard and a laptop I can do everything in SystmOne from home, which "
        "has been great.",
        themes("pos"),
    ),
    (
        "The charity funds a course for each of us every year. I did a counselling skills certificate this "
        "spring and loved it.",
        themes("pos"),
    ),
    # awkward: negated themes
    ("Pay isn't the problem for me. What I lack is someone to debrief with after a heavy case.", themes("sup")),
    (
        "I don't need more training, I've done loads. I need time to use it, and my caseload doesn't allow "
        "that.",
        themes("staff"),
    ),
    (
        "IT access hasn't been an issue since day one. The bigger worry is whether the grant gets renewed in "
        "April.",
        themes("pay"),
    ),
    (
        "Burnout isn't really something I struggle with, I keep good boundaries. My frustration is with the "
        "outcome forms, which patients find intrusive.",
        themes("out"),
    ),
    # awkward: hedged wishes and mixed feelings
    ("I love the work itself, but I'm not sure I can afford to stay on this salary much longer.", themes("pos", "pay")),
    (
        "Maybe a bit more training on working with autistic adults? Not essential, but it would be nice.",
        themes("train"),
    ),
    (
        "It's a rewarding role most days, although being the charity's person in someone else's building means "
        "I'm on my own a lot and never quite part of the team.",
        themes("pos", "sup"),
    ),
    (
        "Possibly some admin help, if the budget ever stretches to it, though I know everyone's under pressure.",
        themes("staff"),
    ),
    # awkward: multi-theme answers
    (
        "On a grant that runs out in nine months, no smartcard, and a manager at the charity who's never set "
        "foot in the surgery. I love the patients but everything around the job is a battle.",
        themes("pay", "it", "sup", "pos"),
    ),
    (
        "My caseload has doubled since the second practice joined and I'm running on empty. I've started "
        "dreading Mondays.",
        themes("staff", "well"),
    ),
    (
        "Half my referrals are people in mental health crisis, and even the ones who are suitable have nowhere "
        "to go, because the local Mind has a six-month wait.",
        themes("refer", "comm"),
    ),
    (
        "The PCN sees me as a signposting service, and because I'm not on their payroll they don't think to "
        "include me in training or protected learning time.",
        themes("clin", "train"),
    ),
    (
        "We're expected to produce quarterly impact reports for both the funder and the PCN, and nobody has "
        "ever shown us how to pull the figures together.",
        themes("out", "train"),
    ),
    (
        "My honorary contract took four months to come through so I couldn't get into EMIS, and meanwhile I'm "
        "paid a good three grand less than the health and wellbeing coach the PCN employs.",
        themes("it", "pay"),
    ),
    (
        "More link workers, regular clinical supervision, and pay that stops experienced staff drifting off to "
        "better-paid jobs.",
        themes("staff", "sup", "pay"),
    ),
    # awkward: non-responses
    ("N/A", themes()),
    ("Nothing further to add at this time.", themes()),
    ("See previous answer", themes()),
    ("...", themes()),
]

# Written blind like HOLDOUT_9, by a twenty-eighth engineer: reported speech and specific figures (caseloads,
# waits, bands, referral counts); labelled before the first run (against 1.19.0).
HOLDOUT_36: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "One of the GP partners introduced me to a registrar last week as 'the lady who books the exercise "
        "classes'. After two years here that stung, and it tells you how little the practice knows about what I "
        "actually do.",
        themes("clin"),
    ),
    (
        "The practice manager puts me on reception cover two afternoons a week because 'you're not clinical "
        "anyway'. That's about 7 hours gone from a caseload of 60, and nobody sees a problem with it.",
        themes("clin"),
    ),
    (
        "Patients tell me their doctor said 'go and see the social worker' - hardly anyone in the surgery knows "
        "the difference. Twenty minutes at a clinical meeting to explain the role would go a long way.",
        themes("clin"),
    ),
    (
        "Our PCN clinical director described us in a board paper as a 'signposting service'. We do 6 to 12 "
        "weeks of work with people, we don't hand out leaflets. The ICB should be pushing practices to "
        "recognise what link workers are for.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "I've sat at band 4 for five years. My manager says there's 'nowhere to go' unless I retrain as a nurse "
        "or leave. There isn't a senior link worker post in our PCN or any of the three next door.",
        themes("career"),
    ),
    (
        "Asked HR about creating a lead role at band 5 and was told the PCN only recruits to the one grade. So "
        "I'm doing exactly the same job at 38 that I did at 33.",
        themes("career"),
    ),
    (
        "Of the 9 link workers who started with me in 2020, 6 have gone, most of them because there was no next "
        "step. A proper structure with senior and lead tiers would keep experienced people in the role.",
        themes("career"),
    ),
    (
        "A colleague moved to a team leader job in the voluntary sector because it came with line management "
        "and a step up. I'd rather stay in primary care, but I can't see any route upwards here.",
        themes("career"),
    ),
    # typical: training_development
    (
        "The only training I've had in 18 months was a 2-hour e-learning module on safeguarding. I'd really "
        "value something on motivational interviewing and on hoarding - three of my current patients hoard.",
        themes("train"),
    ),
    (
        "My supervisor said there's 'no budget line' for CPD this year, so I paid £350 myself for a mental "
        "health first aid course. A ring-fenced learning allowance each year would make a real difference.",
        themes("train"),
    ),
    (
        "Induction was a folder and a login. I'd have loved a month shadowing an experienced link worker before "
        "being handed 40 patients.",
        themes("train"),
    ),
    (
        "Chronic pain comes up constantly, about a third of my referrals, and I've had no teaching on it at "
        "all. The online modules exist but we need protected half-days to actually complete them.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "There are 2 of us for 52,000 patients across 6 practices. My waiting list is at 11 weeks and the GPs "
        "keep asking why people haven't been seen yet.",
        themes("staff"),
    ),
    (
        "Caseload is 130 active with roughly 45 new referrals a month. I'm discharging people sooner than I'd "
        "like just to free up slots.",
        themes("staff"),
    ),
    (
        "My colleague left in March and hasn't been replaced, so I'm covering her 3 surgeries on top of my own "
        "4. The PCN says recruitment is 'on hold until further notice'.",
        themes("staff"),
    ),
    (
        "We have no admin help whatsoever. I reckon a full day a week goes on booking rooms, chasing DNAs and "
        "posting letters. One part-time administrator shared across the team would give us hours back for "
        "patients.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "Seven months in and I still don't have a smartcard. The practice nurse logs me in on hers, and she's "
        "told me she isn't comfortable doing it.",
        themes("it"),
    ),
    (
        "There are 3 laptops for 5 of us, so whoever comes in last works on paper and types the notes up the "
        "following day.",
        themes("it"),
    ),
    (
        "I use SystmOne at two sites and EMIS at the third. Nobody has shown me the social prescribing "
        "templates on either, so I'm guessing at which SNOMED codes to put in.",
        themes("it"),
    ),
    (
        "I can read the record but not write to it, so every contact goes by email to the GP's secretary, who "
        "copies it in. The IT lead says read-only is 'policy for non-clinical staff'.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "I've had one supervision session in the past year, and that was with the practice manager, who "
        "admitted she didn't really know what to ask me. Monthly clinical supervision with someone who "
        "understands the work is what I need.",
        themes("sup"),
    ),
    (
        "I'm the only link worker in the PCN. Everyone else has lunch together; I eat in the car between home "
        "visits. A peer group with link workers from neighbouring PCNs would help enormously.",
        themes("sup"),
    ),
    (
        "My line manager is based at the federation office 20 miles away and I've seen her twice since January. "
        "When a patient disclosed suicidal thoughts I had nobody to debrief with afterwards.",
        themes("sup"),
    ),
    (
        "The ICB set up a network meeting for link workers but it was cancelled after 3 sessions. We need a "
        "regular space to share cases and talk through the tricky ones.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "Band 4 at £24k for a job with safeguarding, home visits and lone working. HCAs in my practice are on "
        "the same money and don't carry a caseload.",
        themes("pay"),
    ),
    (
        "My contract ends in March 2025 and the PCN say they'll 'know more once budgets are set'. I've got a "
        "mortgage, I can't wait until February to find out whether I have a job.",
        themes("pay"),
    ),
    (
        "We're hosted by a charity that relies on grants, so every 12 months there's a round of at-risk "
        "letters. Two colleagues left this year for permanent NHS posts.",
        themes("pay"),
    ),
    (
        "We were told the ARRS allocation could be moved away from social prescribing if the PCN decides it "
        "wants another pharmacist. That uncertainty hangs over every one of us.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "Patients tell me the local befriending scheme has a 6-month waiting list. By the time a place comes up "
        "the person has often deteriorated or stopped answering the phone.",
        themes("comm"),
    ),
    (
        "The council cut the grant to our two community cafés last year and one has now closed. I used to send "
        "around 10 people a month there.",
        themes("comm"),
    ),
    (
        "Out in the villages there's one bus a day, so even when there's a good group in town half my patients "
        "can't get to it. Transport is the biggest gap we have.",
        themes("comm"),
    ),
    (
        "There's nothing locally for men aged 30 to 50 apart from one walking football session on a Sunday. "
        "I've been asking the VCSE alliance for two years to help get something going.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "Last month a GP referred someone with active suicidal plans and wrote 'needs social activities' on the "
        "form. That's a crisis team case, not something I should be holding.",
        themes("refer"),
    ),
    (
        "About a quarter of what comes to me is really housing and debt casework - eviction notices, PIP "
        "appeals. I'm not qualified or insured for that, and Citizens Advice has a 5-week wait.",
        themes("refer", "comm"),
    ),
    (
        "In the last quarter I had 4 safeguarding concerns and 2 domestic abuse disclosures sent straight to me "
        "with no GP involvement at all.",
        themes("refer"),
    ),
    (
        "The role has crept: I now do blood pressure checks at the health kiosk and care navigation for the "
        "frailty team. And the people referred get more complex every year, lots of severe mental illness and "
        "addiction.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "The ICB wants ONS4 scores at first and last contact, but plenty of my patients won't fill it in at the "
        "first appointment. My completion rate is about 30% and I get chased for it every quarter.",
        themes("out"),
    ),
    (
        "We record the same contact three times - on a spreadsheet, on EMIS and on the commissioner's portal. "
        "One dataset would save me roughly 4 hours a week.",
        themes("out"),
    ),
    (
        "The PCN manager wants 'evidence of impact' for the board but no one agrees what that means. WEMWBS? "
        "Case studies? A&E attendances? We need a clear outcomes framework.",
        themes("out"),
    ),
    (
        "I don't know whether the Information Standard applies to us yet. My supervisor just said 'carry on "
        "recording as you were'. Proper guidance on what to record and how would help.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "I was signed off with stress for 6 weeks in the spring. The GP who signed me off said she's seeing a "
        "lot of link workers with the same thing.",
        themes("well"),
    ),
    (
        "Listening to bereavement, abuse and loneliness all day takes its toll. Some evenings I sit in the car "
        "outside my house for twenty minutes before I can face going in.",
        themes("well"),
    ),
    (
        "I'm exhausted. I've cried in the staff toilet twice this month, and my husband says I bring work home "
        "with me every night.",
        themes("well"),
    ),
    (
        "A man I'd been seeing for 4 months took his own life, and I was back in clinic the next morning. Three "
        "months on I still think about him every day.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "Honestly, I love it. A patient told me on Friday that our sessions were 'the first time anyone "
        "actually listened'. That makes the hard days worth it.",
        themes("pos"),
    ),
    (
        "My GPs are brilliant. One of them said at the practice meeting that his frequent attenders had dropped "
        "by a third since I started.",
        themes("pos"),
    ),
    ("Great team of four across the PCN. We meet every Tuesday morning and I never feel on my own.", themes("pos")),
    (
        "I came from retail and this is the most rewarding job I've ever had. Watching someone go from "
        "housebound to running the Thursday craft group is why I do it.",
        themes("pos"),
    ),
    # awkward: content but no theme
    (
        "Some questions in this survey assumed we're employed by the PCN. I'm employed by a housing "
        "association, so a few of them didn't quite fit.",
        themes(),
    ),
    (
        "Thanks for running this again. I filled it in last year too and it was good to see the results "
        "published in the autumn.",
        themes(),
    ),
    ("For whoever is analysing working patterns: I job-share with a colleague, 3 days and 2 days.", themes()),
    (
        "Most of my patients are older people from the Bangladeshi community and I speak Sylheti, which I think "
        "is partly why the practice recruited me.",
        themes(),
    ),
    (
        "Just to flag that I answered as at 31 March - I moved PCN in April, so some of my figures will have "
        "changed since.",
        themes(),
    ),
    # awkward: theme words present but theme does not apply
    (
        "Most of my referrals are for loneliness and low mood, with some for weight management. I help people "
        "join things like the Tuesday walking group, the library reading club and the college's free computer "
        "courses.",
        themes(),
    ),
    ("I supervise two volunteer befrienders as part of my role, a scheme I set up myself in 2022.", themes()),
    ("Before this job I worked in payroll for the council for 12 years, so I'm used to forms and systems.", themes()),
    (
        "I'd describe my caseload as mostly older adults, with a growing number of young carers referred by the "
        "school nurse.",
        themes(),
    ),
    # awkward: praise that mentions a concern topic
    (
        "My clinical supervision is excellent - monthly with a psychologist from the mental health trust, and "
        "she always makes time if something comes up in between.",
        themes("pos"),
    ),
    (
        "Since we got full EMIS access last year I can see bloods and letters, and the GPs actually read my "
        "entries. It's made a huge difference.",
        themes("pos"),
    ),
    (
        "Our PCN paid £900 for me to do a Level 4 counselling skills certificate and gave me Friday afternoons "
        "to study. Couldn't have asked for more.",
        themes("pos"),
    ),
    (
        "The doctors here really get it now - Dr Ahmed tells every new registrar to spend a morning with me as "
        "part of their induction.",
        themes("pos"),
    ),
    # awkward: negated themes
    (
        "Pay isn't really the problem for me. What bothers me is the 9-week wait for the counselling service I "
        "refer into.",
        themes("comm"),
    ),
    (
        "Training isn't what's missing, I've done the courses. What's missing is someone to talk cases through "
        "with: I've had no supervision in the 14 months since I started.",
        themes("sup"),
    ),
    (
        "No issues with IT or access. What would help is fewer referrals that are really mental health crises - "
        "we had three last week alone.",
        themes("refer"),
    ),
    (
        "I don't feel burnt out, whatever the question seems to expect. My worry is the contract, which is "
        "fixed-term until next March.",
        themes("pay"),
    ),
    # awkward: hedged wishes and mixed feelings
    (
        "It might help to have some kind of regional forum for link workers, though I'm not sure I'd have time "
        "to go. Maybe online, once a quarter?",
        themes("sup"),
    ),
    (
        "I love the patient work, but I'm not sure how much longer I can manage on £25k with my rent going up "
        "again. I'd be sad to leave.",
        themes("pos", "pay"),
    ),
    (
        "Perhaps a bit more training on benefits, if it's available? Not essential - I can usually find someone "
        "to ask.",
        themes("train"),
    ),
    (
        "Mixed feelings. The GPs at my main practice are great with me, but at the branch surgery I'm basically "
        "invisible and they send me prescription queries.",
        themes("pos", "clin"),
    ),
    # awkward: multi-theme answers
    (
        "Caseload of 200, no admin support, still no smartcard, and my supervisor left in June. The "
        "commissioners want quarterly outcome returns on top of all that. Something has to give.",
        themes("staff", "it", "sup", "out"),
    ),
    (
        "I'm on a 12-month contract at band 4 and there's no band 5 post to apply for anywhere in the county. "
        "It feels like a dead end with no security.",
        themes("pay", "career"),
    ),
    (
        "People are waiting 6 months for the community mental health team, so GPs send them to me instead and I "
        "end up holding patients far too unwell for social prescribing. I'm drained.",
        themes("comm", "refer", "well"),
    ),
    (
        "The practice doesn't understand what I'm for, so I get referrals like 'help with hoovering' and 'sort "
        "out her bins'. I'd like some recognition of the role and a bit of triage before things land with me.",
        themes("clin", "refer"),
    ),
    (
        "Nobody has ever shown me how to code on SystmOne, so my data's a mess and the commissioners have told "
        "us our figures are 'unreliable'.",
        themes("it", "out"),
    ),
    (
        "Two of our team left in the last year with stress and neither has been replaced. I'm doing three "
        "people's work and I can feel myself burning out.",
        themes("staff", "well"),
    ),
    (
        "Love the job and the team, but the local voluntary sector has been gutted: Age UK closed its day "
        "centre and the men's shed lost its funding. I've got nowhere to send people.",
        themes("pos", "comm"),
    ),
    # awkward: non-responses
    ("N/A", themes()),
    ("nothing else, thanks", themes()),
    ("As per my answer to the last question.", themes()),
    ("-", themes()),
]

# Written blind like HOLDOUT_9, by a thirty-first engineer: the wider system (cost of living, housing, loneliness,
# benefits, council cuts) where community, referral, wellbeing and no theme must be told apart; labelled before the
# first run (against 1.19.0).
HOLDOUT_39: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Some of the GPs see me as the person who hands out food bank vouchers. They have no real idea what a "
        "link worker does beyond that, so patients turn up expecting a voucher rather than a conversation about "
        "what matters to them.",
        themes("clin"),
    ),
    (
        "Reception book people in with me as a 'housing appointment' or a 'benefits appointment'. The wider "
        "practice team need proper awareness sessions on what the role is actually for.",
        themes("clin"),
    ),
    (
        "With the mental health waiting lists as they are, clinicians use me as a holding pen for anyone they "
        "can't get seen elsewhere. The role isn't respected as its own thing, it's just somewhere to park "
        "people.",
        themes("clin"),
    ),
    (
        "I'd like the PCN clinical director to champion the role at practice meetings. Isolation is a massive "
        "issue on our patch but the nurses never think to send anyone my way because nobody has told them what "
        "I do.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "Five years on band 4. There isn't a single senior link worker post anywhere in our ICB, so the only "
        "way up is out.",
        themes("career"),
    ),
    (
        "A proper career framework would help. At the moment you either stay a link worker forever or retrain "
        "as something else entirely.",
        themes("career"),
    ),
    (
        "I've built up real expertise in welfare and tenancy issues over the years but there's nowhere to take "
        "it - no lead role, no specialist route, no next step.",
        themes("career"),
    ),
    (
        "Watching good colleagues leave for council and charity jobs that actually have a ladder to climb. PCNs "
        "need team leader and lead practitioner posts for SPLWs.",
        themes("career"),
    ),
    # typical: training_development
    (
        "Training on welfare benefits would help hugely. People come in with Universal Credit sanctions and PIP "
        "forms and I want to understand the system properly rather than just pass them on.",
        themes("train"),
    ),
    (
        "More CPD on suicide awareness and trauma-informed practice, please. Our PCN has no learning budget at "
        "all so I've been paying for courses out of my own pocket.",
        themes("train"),
    ),
    (
        "An induction would have been nice. I was handed a spreadsheet of local charities on day one and told "
        "to crack on.",
        themes("train"),
    ),
    (
        "Protected time to actually attend courses. I've enrolled on the level 2 debt advice qualification "
        "three times and had to withdraw each time because clinics were booked over the study days.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "Two of us for a PCN of 60,000 patients. Since energy bills went through the roof the referrals have "
        "nearly doubled and people are waiting ten weeks to see us.",
        themes("staff"),
    ),
    (
        "We need admin help. I spend hours ringing people who DNA'd, chasing forms and booking rooms - time "
        "that should be spent with patients.",
        themes("staff"),
    ),
    (
        "I cover five surgeries spread across a rural area and spend more time in the car than with the people "
        "I'm meant to be seeing.",
        themes("staff"),
    ),
    (
        "Caseload is just unmanageable. I'm holding about 70 open cases and new ones still arrive every day.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "I can view SystmOne but can't write into the notes, so I email my updates to the GP and hope someone "
        "copies them across.",
        themes("it"),
    ),
    ("Eight months in and still waiting on a smartcard.", themes("it")),
    (
        "A laptop that works from home and in community venues. I run drop-ins at the library and can't record "
        "anything until I'm back at the surgery.",
        themes("it"),
    ),
    (
        "Some training on EMIS would help. Nobody ever showed me how to use the social prescribing template or "
        "which codes to pick, so I'm guessing.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "No clinical supervision whatsoever. I hear about domestic abuse, bereavement and suicidal thoughts all "
        "week and there's nobody to take any of it to.",
        themes("sup"),
    ),
    (
        "My line manager sits at the federation and I see her about twice a year. Nobody checks in on how I'm "
        "doing or what I'm dealing with.",
        themes("sup"),
    ),
    (
        "A local peer network would be great. I'm the only SPLW in my PCN and it would help to talk through "
        "tricky cases with others doing the same job.",
        themes("sup"),
    ),
    (
        "Our host organisation restructures every few months and each time we get a new manager. It feels like "
        "nobody owns us.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "Our posts are ARRS funded and every spring there's talk of it not being renewed. Hard to plan your "
        "life around a one-year contract.",
        themes("pay"),
    ),
    ("We carry the same level of risk as plenty of band 6 roles and get paid band 4.", themes("pay")),
    ("My fixed-term contract ends in March and nobody can tell me whether there's money beyond that.", themes("pay")),
    (
        "Everything costing more is hitting us too. I earn less than some of the people I'm helping to find "
        "work.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "The groups I used to refer into have closed since the council pulled their grants. There's nothing "
        "left for older men in our town.",
        themes("comm"),
    ),
    (
        "Talking therapies has a six-month wait and the local bereavement charity has closed its books. I'm "
        "signposting into a void.",
        themes("comm"),
    ),
    (
        "Transport is the big barrier here - one bus a day from some of the villages and the community "
        "transport scheme has been scaled right back.",
        themes("comm"),
    ),
    (
        "More funding for our VCSE partners. They take our referrals with no money following the patient and "
        "some have started turning people away.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "GPs are sending me people in active crisis - suicidal, self-harming. That's for the crisis team, not a "
        "link worker with a six-session model.",
        themes("refer"),
    ),
    (
        "More and more of what comes through is homelessness and serious debt that needs a specialist "
        "caseworker. I end up doing a housing officer's job with none of the authority.",
        themes("refer"),
    ),
    ("Safeguarding cases get passed to me as if I were a social worker.", themes("refer")),
    (
        "Patients are often far too complex for what we can offer - several long-term conditions, addiction, "
        "trauma, no fixed address. A few sessions with me doesn't touch the sides.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "Asking someone who's about to lose their flat to fill in a WEMWBS feels ridiculous, and the scores "
        "never capture what actually changed for them.",
        themes("out"),
    ),
    (
        "Commissioners want numbers every month but there's no agreed way of showing impact. I'd like one "
        "simple outcome tool that everyone across the ICS uses.",
        themes("out"),
    ),
    (
        "The recording takes forever: ONS4 at the start and the end, referral source, the activities, and then "
        "a case study every quarter on top.",
        themes("out"),
    ),
    (
        "We need better evidence that what we do frees up GP appointments. Without it I worry we'll be the "
        "first thing cut when the money gets tight.",
        themes("out", "pay"),
    ),
    # typical: wellbeing_burnout
    (
        "I'm exhausted. Every day it's people who can't heat their homes or feed their kids, and I go home "
        "carrying all of it.",
        themes("well"),
    ),
    ("Signed off with stress twice this year.", themes("well")),
    (
        "The emotional toll is enormous. Hearing about abuse and loss all day stays with you, and I've started "
        "dreading Monday mornings.",
        themes("well"),
    ),
    ("Honestly, burnt out. I've lost count of the nights I've lain awake worrying about patients.", themes("well")),
    # typical: positive_experience
    (
        "I love this job. Seeing someone who hadn't left the house in a year turn up to the walking group is "
        "why I do it.",
        themes("pos"),
    ),
    ("My practice team are brilliant - the GPs ask for my view and include me in the MDT meetings.", themes("pos")),
    (
        "Rewarding work, whatever is going on in the wider world. People are struggling but we genuinely make a "
        "difference.",
        themes("pos"),
    ),
    ("Really well supported by my PCN and I feel like part of the team.", themes("pos")),
    # awkward: content but no theme
    (
        "Loneliness is the hidden epidemic of our age. As a society we've forgotten how to look after our "
        "neighbours.",
        themes(),
    ),
    (
        "The government needs to sort out the benefits system. Nobody should have to choose between heating and "
        "eating in one of the richest countries in the world.",
        themes(),
    ),
    ("Thank you for running this survey - I hope the findings get shared back with us.", themes()),
    (
        "Housing sits at the root of so many health problems. Until more social housing gets built, surgeries "
        "will keep seeing the same faces.",
        themes(),
    ),
    ("I came into this work from the voluntary sector after fifteen years running a community centre.", themes()),
    # awkward: theme words present but theme does not apply
    (
        "Before this I trained as a primary school teacher, so I'm used to working with families under "
        "pressure.",
        themes(),
    ),
    ("Our PCN covers two practices in a market town plus the surrounding villages.", themes()),
    ("Most people referred to me come because of loneliness after a bereavement or retirement.", themes()),
    ("I write a short note on EMIS after each appointment and flag anything to the GP where needed.", themes()),
    # awkward: praise that mentions a concern topic
    (
        "Clinical supervision through the local mental health trust is excellent - monthly, and it really helps "
        "me process the heavier cases.",
        themes("pos"),
    ),
    (
        "Our ICB funded full SystmOne access and training for every link worker this year, which has made a "
        "real difference.",
        themes("pos"),
    ),
    (
        "The GPs here completely get what I do and refer thoughtfully. I rarely get anything that isn't right "
        "for social prescribing.",
        themes("pos"),
    ),
    (
        "Our council has kept funding the community hubs despite cuts everywhere else, and they're a lifeline "
        "to refer into.",
        themes("pos"),
    ),
    # awkward: negated themes
    (
        "Pay isn't really the issue for me. It's the sheer volume of people coming through the door now that "
        "everyone is skint.",
        themes("staff"),
    ),
    (
        "I don't feel unsupported - my manager is great. What gets me is having nowhere to send people: the "
        "youth clubs and day centres have all gone.",
        themes("comm", "pos"),
    ),
    (
        "I'm not burnt out, I don't want to give that impression, but I do need time to learn more about "
        "housing law and benefits.",
        themes("train"),
    ),
    ("Not stressed, not short of support - I just wish the contract lasted longer than twelve months.", themes("pay")),
    # awkward: hedged wishes and mixed feelings
    ("Possibly another link worker would help, though I'm not sure the PCN could stretch to it.", themes("staff")),
    (
        "I love the job most days, but some weeks the weight of what people are living through - eviction, "
        "debt, kids going hungry - really gets to me.",
        themes("pos", "well"),
    ),
    (
        "I suppose some kind of progression route would be nice eventually, though I'm happy where I am for "
        "now.",
        themes("career", "pos"),
    ),
    (
        "Mixed feelings. The GPs are lovely, but I still get sent people with serious psychiatric needs who "
        "should be under secondary care.",
        themes("pos", "refer"),
    ),
    # awkward: multi-theme answers
    (
        "Huge caseload, no supervision, and a one-year contract. Something has to give and it'll probably be "
        "me.",
        themes("staff", "sup", "pay", "well"),
    ),
    (
        "The Trussell hub, Citizens Advice and the Mind service all have waiting lists now, and the people they "
        "can't see get sent to me - serious arrears, eviction notices - needing specialist advice I'm not able "
        "to give.",
        themes("comm", "refer"),
    ),
    (
        "No smartcard, so I can't see records, yet the commissioners still expect monthly outcome returns. I'm "
        "keeping it all on a spreadsheet.",
        themes("it", "out"),
    ),
    (
        "I'm worn out. Patients are more complex than ever and there's nowhere to send them because the "
        "community groups have lost their funding.",
        themes("well", "refer", "comm"),
    ),
    (
        "Clinicians misunderstand the role and there's no career path, so people leave within two years.",
        themes("clin", "career"),
    ),
    (
        "Rural patients can't get to anything since the bus routes were cut, and I'm covering three surgeries "
        "twenty miles apart so I can't get to them either.",
        themes("comm", "staff"),
    ),
    (
        "Pay is poor for the risk we hold, and I've had no safeguarding training despite safeguarding cases "
        "landing on me every week.",
        themes("pay", "train", "refer"),
    ),
    # awkward: non-responses
    ("N/A", themes()),
    ("nothing else to add thanks", themes()),
    ("...", themes()),
    ("As above.", themes()),
]

# Written blind like HOLDOUT_9, by a twenty-ninth engineer: indirect and figurative (metaphors, understatement,
# irony; the theme rarely named); labelled before the first run (against 1.19.0).
HOLDOUT_37: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Half the surgery still thinks I'm the person who hands out gym leaflets. I'm the sticking plaster for "
        "whatever can't be fixed in a ten-minute appointment.",
        themes("clin"),
    ),
    (
        "Some days I feel like a square peg in a round hole - the practice got a link worker because the PCN "
        "had the money, and nobody ever worked out what to do with me.",
        themes("clin"),
    ),
    (
        "If reception could be persuaded that 'social prescribing' isn't a polite way of saying 'someone else's "
        "problem', my week would look very different.",
        themes("clin"),
    ),
    (
        "A lunchtime slot where the partners actually hear what we do. At the moment I'm a name on the rota "
        "that nobody can quite place.",
        themes("clin"),
    ),
    # typical: career_progression
    ("Five years on the same rung, and the ladder above me simply isn't there.", themes("career")),
    ("There's a glass ceiling in this job and it sits about a foot above my head.", themes("career")),
    ("Where do I go from here? Band 4 at 25, band 4 at 45 by the look of things.", themes("career")),
    (
        "The only way up seems to be out - into nursing, or a different sector altogether. A next step that "
        "kept experienced people in social prescribing would be welcome.",
        themes("career"),
    ),
    # typical: training_development
    (
        "I was handed a lanyard and a login and told to crack on. Some proper grounding at the start would have "
        "saved me months of guesswork.",
        themes("train"),
    ),
    (
        "My toolkit feels a bit thin when someone opens up about hoarding or gambling. I'd love a few more "
        "strings to my bow.",
        themes("train"),
    ),
    (
        "Learning happens in the cracks of the day, if at all. A few hours a month ring-fenced for courses "
        "would feel like a luxury, and it really shouldn't.",
        themes("train"),
    ),
    (
        "Funding for something meaty like a counselling skills certificate or motivational interviewing, rather "
        "than the same e-learning modules on repeat.",
        themes("train"),
    ),
    # typical: staffing_capacity
    ("Three surgeries, one of me. I'm spread thinner than the butter at a staff buffet.", themes("staff")),
    (
        "The list for our service now runs to about ten weeks, which rather takes the shine off 'timely "
        "support'.",
        themes("staff"),
    ),
    (
        "Every time I close a case two more land on the pile. It's like bailing out a boat with a teacup.",
        themes("staff"),
    ),
    (
        "Another pair of hands - even just someone to do the booking and the chasing - so I can do the bit I "
        "was actually hired for.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "I sit in a GP surgery but have to ring the front desk to find out a patient's date of birth. I'm "
        "locked out of the very records I'm supposed to add to.",
        themes("it"),
    ),
    ("Eight months in and still no smartcard. I'm on the outside looking in through the window.", themes("it")),
    (
        "My notes live in a spreadsheet because nobody ever showed me how to code anything on SystmOne, so none "
        "of my work shows up in the patient's record.",
        themes("it"),
    ),
    (
        "On home-working days I'm a ghost - no laptop that talks to the practice network, so I'm effectively "
        "off grid.",
        themes("it"),
    ),
    # typical: supervision_support
    ("I'm an island. The nearest other link worker is two PCNs away and we've never actually met.", themes("sup")),
    (
        "Left to sink or swim from day one. No one to talk cases through with, no one to tell me whether I'm "
        "doing it right.",
        themes("sup"),
    ),
    (
        "I'm line managed by the practice manager, who is lovely but has never had to sit with a difficult "
        "case. Someone to offload to who actually gets it would be gold dust.",
        themes("sup"),
    ),
    (
        "Monthly reflective supervision with someone outside the building. At the moment my only debrief is "
        "with the kettle.",
        themes("sup"),
    ),
    # typical: pay_job_security
    ("We're asked to hold people's whole lives together on a wage that barely holds mine together.", themes("pay")),
    ("Every March I hold my breath to see whether the money's there for another year.", themes("pay")),
    (
        "Twelve-month contracts, renewed at the eleventh hour if at all. Hard to build anything when the floor "
        "might disappear.",
        themes("pay"),
    ),
    ("Paid like an admin assistant, expected to act like a social worker. The sums don't add up.", themes("pay")),
    # typical: community_capacity
    (
        "I can prescribe all the walking groups I like, but there's no bus to get anyone to them after two "
        "o'clock.",
        themes("comm"),
    ),
    (
        "The cupboard is bare - half the groups I used to refer into have folded since their grants dried up.",
        themes("comm"),
    ),
    (
        "The counselling charity has a six-month wait and the befriending scheme has closed its books. I'm "
        "referring people into a queue.",
        themes("comm"),
    ),
    ("It feels like handing people a map to places that no longer exist.", themes("comm")),
    # typical: referral_appropriateness
    (
        "I've become the catch-all for whatever the crisis team bounces back. Someone who is actively suicidal "
        "is not a social prescribing referral.",
        themes("refer"),
    ),
    (
        "Referrals arrive with 'housing?' scribbled on them and turn out to be an eviction next Tuesday, three "
        "kids and a safeguarding concern.",
        themes("refer"),
    ),
    (
        "The remit stretches like elastic. This month I'm apparently a debt adviser, a carer's assessor and a "
        "mental health nurse.",
        themes("refer"),
    ),
    (
        "So much of what comes through the door is far too tangled for a handful of sessions - by the time they "
        "reach me they need a specialist, not a coffee morning.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "I spend more time feeding the spreadsheet than seeing people. The numbers get fed; the patients wait.",
        themes("out"),
    ),
    (
        "Asking someone in tears to score their life satisfaction from nought to ten feels grotesque. There has "
        "to be a kinder way of showing what we do.",
        themes("out"),
    ),
    (
        "Commissioners want proof of impact but nobody agrees what counts. I've filled in three different "
        "templates for the same quarter.",
        themes("out"),
    ),
    (
        "The good stuff happens in the bits the forms never ask about. Anyone reading our returns would think "
        "we achieve nothing at all.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    ("Running on empty most weeks. I take people's stories home with me and they don't leave.", themes("well")),
    ("Honestly, I'm held together with caffeine and good intentions at this point.", themes("well")),
    ("After a run of bereavements on my caseload I ended up signed off for three weeks.", themes("well")),
    ("You soak up a lot of other people's weather in this job, and some days it floods.", themes("well")),
    # typical: positive_experience
    (
        "Best job I've ever had. Watching someone who hadn't left the house in a year turn up to the allotment "
        "group - nothing beats that.",
        themes("pos"),
    ),
    (
        "My GPs treat me as part of the furniture in the best sense - I'm in the huddle, on the emails, and "
        "asked for my view.",
        themes("pos"),
    ),
    (
        "Not much to moan about, truthfully. Great team, and most days I go home feeling I've made a dent.",
        themes("pos"),
    ),
    ("Couldn't ask for a better PCN - they back me to the hilt.", themes("pos")),
    # awkward: content but no theme
    ("This survey could be shorter - I nearly gave up halfway through page four.", themes()),
    ("I came into this from twenty years in retail. Different world entirely.", themes()),
    ("Thanks for asking. Hope someone actually reads these.", themes()),
    ("Are last year's results published anywhere? I couldn't find them.", themes()),
    ("I'm part-time, so some of my answers may look a bit different to full-time colleagues'.", themes()),
    # awkward: theme words present but theme does not apply
    (
        "I did the national training modules when I started, which were fine. My real issue is that neither the "
        "practice nor the PCN can decide whether I'm a care navigator or a health coach.",
        themes("clin"),
    ),
    (
        "Our clinical director says 'data' at every meeting, but what bothers me is that there's nowhere round "
        "here to send lonely young men - nothing exists for them.",
        themes("comm"),
    ),
    (
        "I've got a laptop and EMIS like everyone else. What I haven't got is anyone who knows the job to "
        "bounce ideas off.",
        themes("sup"),
    ),
    (
        "There's a 'wellbeing cafe' in the village where I meet patients. Trouble is there's one bus a day to "
        "it, so the people who most need it can't get there.",
        themes("comm"),
    ),
    # awkward: praise mentioning a concern topic
    ("My clinical supervisor is a gem - an hour with her each month and I come out ten feet taller.", themes("pos")),
    ("The GPs here get it. They send me the right people and they ask me afterwards how it went.", themes("pos")),
    ("Our PCN has just made all of us permanent, which is a weight off.", themes("pos")),
    (
        "The learning budget was generous this year - I did a trauma-informed practice course that changed how "
        "I work.",
        themes("pos"),
    ),
    # awkward: negated themes
    ("Pay isn't my gripe. It's the sheer volume - seventy open cases and climbing.", themes("staff")),
    (
        "I'm not short of training; I've done more courses than I can count. What I'm short of is somewhere to "
        "send people afterwards.",
        themes("comm"),
    ),
    (
        "Supervision's fine, the systems are fine, I'm not burnt out. It's just that the forms-and-figures side "
        "swallows a day a week.",
        themes("out"),
    ),
    ("I don't feel alone in the role at all - there's a cracking network of us across the ICB.", themes("pos")),
    # awkward: hedged wishes and mixed feelings
    (
        "I suppose it might be nice, at some point, to have a senior link worker post to aim for - though I'm "
        "not sure I'd want the extra paperwork.",
        themes("career"),
    ),
    (
        "I love the work, I really do, but I'm not sure how many more winters like the last one I've got left "
        "in me.",
        themes("pos", "well"),
    ),
    (
        "Perhaps a bit of time with the practice nurses so they know what I'm for? Not a huge issue, just a "
        "thought.",
        themes("clin"),
    ),
    (
        "It's rewarding, mostly. Though some weeks I wonder whether anyone apart from my patients notices I'm "
        "here.",
        themes("pos", "clin"),
    ),
    # awkward: multi-theme answers
    (
        "Revolving door: the patient comes to me, goes on to a service with a queue out the door, back to the "
        "GP, back to me. Meanwhile my own list is ten weeks long and I'm shattered.",
        themes("comm", "staff", "well"),
    ),
    (
        "Shouting into the void. I've asked for supervision, asked for a smartcard, asked whether my contract "
        "goes past March. Three emails, no replies.",
        themes("sup", "it", "pay"),
    ),
    (
        "Skeleton staff, a never-ending queue, and a salary that wouldn't cover a one-bed flat in this town. "
        "Something has to give, and lately it's been me.",
        themes("staff", "pay", "well"),
    ),
    (
        "The job has turned into a dumping ground for anything complex - debt, domestic abuse, psychosis - and "
        "the practice still thinks I book people onto Zumba.",
        themes("refer", "clin"),
    ),
    ("Give us a proper career structure and some accredited training to climb it with.", themes("career", "train")),
    (
        "I'm asked to prove our worth with outcome measures on a system I can't log into. Bit of a catch-22.",
        themes("out", "it"),
    ),
    (
        "Genuinely brilliant colleagues in the PCN team. But we're all on fixed-term posts that end next year "
        "and half of us are already job-hunting.",
        themes("pos", "pay"),
    ),
    # awkward: non-responses
    ("n/a", themes()),
    ("Nothing further, ta", themes()),
    ("...", themes()),
    ("As per my previous answer", themes()),
]

# Written blind like HOLDOUT_9, by a thirtieth engineer: personal stories (a patient, a hard week, a good day, a
# conversation) from which the theme comes out; labelled before the first run (against 1.19.0).
HOLDOUT_38: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Last month a GP sent me a patient with a note that just said 'sort out his benefits form'. When I "
        "tried to explain that I'm not a welfare rights adviser and that my work is about what matters to the "
        "person, he looked at me blankly and asked what I actually do, then. Two years in post and I'm still "
        "explaining myself.",
        themes("clin"),
    ),
    (
        "I spent a morning last week being asked by the practice manager to cover reception because 'you're not "
        "clinical so you're free'. Half my appointments had to be rearranged. It felt like the surgery sees me "
        "as spare admin rather than part of the care team.",
        themes("clin"),
    ),
    (
        "One of the nurses introduced me to a patient as 'the lady who gives out leaflets'. The patient came in "
        "expecting a list of phone numbers and was surprised when we spent an hour talking about how lonely "
        "she'd been since her husband died. I wish the staff knew what these conversations involve so they "
        "could explain me properly.",
        themes("clin"),
    ),
    (
        "At our PCN away day the clinical director put up a slide listing every ARRS role except mine. Nobody "
        "noticed until I mentioned it over lunch. Little things like that tell you where you sit in people's "
        "minds, and a few proper awareness sessions in the practices would go a long way.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "I was asked to mentor two new starters this year and ended up writing half of our team's procedures, "
        "but there is nowhere for me to go. When I asked my manager about a senior post she said one doesn't "
        "exist in our PCN and probably never will. I can see myself having to leave link working altogether "
        "just to move up.",
        themes("career"),
    ),
    (
        "Five years in and I'm on exactly the same band I started on, with the same job description. A friend "
        "who joined as a care coordinator at the same time has already stepped into a team lead post elsewhere. "
        "There's no ladder for us.",
        themes("career"),
    ),
    (
        "I applied for a 'lead link worker' job advertised in another ICB and there were over sixty applicants "
        "for the one post. It made me realise how few steps up there are in this profession. A proper "
        "framework, so that experience actually counts for something, would help.",
        themes("career"),
    ),
    (
        "My appraisal this year was awkward because my manager honestly didn't know what to write under 'future "
        "goals'. We both laughed but it stung a bit. Without any senior or specialist routes it feels like a "
        "cul-de-sac.",
        themes("career"),
    ),
    # typical: training_development
    (
        "A patient disclosed during our second session that she was hearing voices, and I realised I had no "
        "idea how to respond beyond fetching the duty GP. I've since asked twice for mental health first aid "
        "training and been told there's no budget. I'd feel so much more confident with it.",
        themes("train"),
    ),
    (
        "When I started I had a half-day induction that was mostly fire safety and how to use the phones. "
        "Everything else I picked up by shadowing someone in a neighbouring PCN on my own initiative. "
        "Structured training for new link workers would have saved me months of muddling through.",
        themes("train"),
    ),
    (
        "I found a motivational interviewing course that would really help with my patients who feel stuck, but "
        "it's £400 and I'd have to use annual leave to attend. The practice said it's 'not mandatory' so they "
        "won't fund it. Some CPD money and protected time would make a real difference.",
        themes("train"),
    ),
    (
        "Last week I sat with a man who'd just learned his wife has dementia. I wanted to point him to the "
        "right help but realised how little I knew about carers' assessments and entitlements. I'd love regular "
        "learning sessions on topics like that - bereavement, carers, basic debt.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "On Monday I counted 74 open cases and another 19 waiting for a first appointment. I'm one link worker "
        "for three practices and some people wait eight weeks to see me, by which time the crisis has passed or "
        "got worse. We need at least one more of us.",
        themes("staff"),
    ),
    (
        "I had to tell a lady on the phone that the earliest I could see her was after Easter. She went quiet "
        "and said 'I'll probably be fine by then'. She won't be. The service is simply too small for the number "
        "of referrals we get.",
        themes("staff"),
    ),
    (
        "This week I spent about a day and a half booking rooms, chasing forms and updating spreadsheets "
        "because there's nobody to do the admin. That's time I could have spent with patients. Even a part-time "
        "administrator shared across the PCN would free us up.",
        themes("staff"),
    ),
    (
        "When my colleague went on maternity leave her post wasn't backfilled, so I've inherited her two "
        "surgeries on top of my own. I'm seeing people in twenty-minute slots now, which isn't what this work "
        "is supposed to be.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "A patient told me she'd already seen the mental health practitioner about her anxiety, but I couldn't "
        "check because I can only view part of the record on SystmOne. I ended up asking her to go over it all "
        "again, which upset her. Full access would spare people that.",
        themes("it"),
    ),
    (
        "I work out of three different surgeries and only one has given me a login. At the other two I write "
        "notes on paper and email them to a receptionist to add to EMIS, and I've no idea whether they ever get "
        "entered.",
        themes("it"),
    ),
    (
        "My smartcard took five months to arrive and I still haven't been given a laptop. In the meantime I was "
        "borrowing a colleague's desk and phoning patients from my own mobile. Getting set up on day one should "
        "be basic.",
        themes("it"),
    ),
    (
        "I was shown how to open a patient record and that was it. Nobody explained the templates or which "
        "SNOMED codes to use for social prescribing, so I'm never sure I've coded things correctly. A proper "
        "walkthrough of the system would help enormously.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "In the spring a man I'd been seeing for weeks told me he had a plan to end his life. I did everything "
        "right - called the GP, stayed with him - but afterwards there was no one to talk it through with. I "
        "sat in the car park and cried. I've never had clinical supervision in this job.",
        themes("sup", "well"),
    ),
    (
        "My line manager is based in the federation office twenty miles away and I've seen her twice this year. "
        "If I've a tricky case I either muddle through or ring a link worker friend in the next borough. "
        "Regular supervision and a team to bounce things off would help.",
        themes("sup"),
    ),
    (
        "I'm the only link worker in our PCN and lunchtimes are the worst - everyone else has their clinical "
        "colleagues to chat to. I miss having peers who understand what the job is like. A monthly network "
        "meeting would make a big difference.",
        themes("sup"),
    ),
    (
        "When I had a safeguarding worry last month, nobody in the practice seemed to know whose job it was to "
        "advise me. Eventually the practice nurse stepped in as a favour, but there's no one whose role it is "
        "to guide me. I'd like a named person for case discussions.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "My contract ends next March and nobody can tell me whether the ARRS money will carry on. I've started "
        "looking at other jobs, not because I want to go but because I've got a mortgage. It's heartbreaking "
        "having to plan an exit.",
        themes("pay"),
    ),
    (
        "A patient asked me last week if I was a volunteer. When I told her roughly what I earn she said 'you'd "
        "get more stacking shelves'. She wasn't wrong. What I carry for people doesn't match a band 4 wage.",
        themes("pay"),
    ),
    (
        "Our posts are funded by a lottery grant renewed year by year. Every autumn there's the same anxious "
        "wait for the letter, and last year it came two weeks before our contracts were due to end.",
        themes("pay"),
    ),
    (
        "I came into this after fifteen years in housing support and took a pay cut to do it. I assumed there'd "
        "be an increment after a year, but the PCN employs us on a flat rate with no annual uplift. With energy "
        "bills going up I'm genuinely struggling.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "I had a young mum who desperately wanted to meet other parents, and the only baby group near her shut "
        "in the summer when the church hall lost its funding. The nearest alternative is two buses away. I "
        "ended up phoning her weekly myself, which isn't sustainable.",
        themes("comm"),
    ),
    (
        "Our local befriending charity now has a nine-month waiting list. I referred an 88-year-old gentleman "
        "in January and he's still waiting. I check in with him, but it's not the same as someone visiting.",
        themes("comm"),
    ),
    (
        "Most of my patients live in villages where the bus runs twice a day, if at all. I found a lovely "
        "walking group for one chap, but it meets in the market town and he doesn't drive. So much of what I "
        "suggest just isn't reachable for people out here.",
        themes("comm"),
    ),
    (
        "The men's shed I used to refer to lost its funding and the counselling service stopped taking "
        "self-referrals. Every month there seems to be one less place to send people. I spend more time hunting "
        "for something that still exists than actually supporting anyone.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "On Friday afternoon a GP booked me in with a young man who was actively suicidal, saying he 'just "
        "needs some activities to get him out of the house'. I'm not trained for that and it wasn't safe for "
        "him. He needed the crisis team, not a link worker.",
        themes("refer"),
    ),
    (
        "I've had three referrals this month for people facing eviction with rent arrears running into "
        "thousands. I can make calls and help with forms, but they really need a specialist housing caseworker. "
        "It feels like I'm handed whatever no one else wants to deal with.",
        themes("refer"),
    ),
    (
        "A referral came through marked 'social prescribing' for a woman who turned out to be in a controlling "
        "relationship. It was a safeguarding matter from the start. I did what I had to, but it should never "
        "have reached me as a routine referral.",
        themes("refer"),
    ),
    (
        "When I started, my job was about connecting people with groups and activities. Now I'm doing PIP "
        "forms, chasing hospital appointments and sorting medication deliveries. Bit by bit the role has "
        "drifted into everything that falls between the cracks.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "I'm meant to complete ONS4 with every patient at the start and the end, but half of them disengage "
        "before the end and the others find the questions intrusive. Last week a grieving widow asked why I "
        "wanted her to score her happiness out of ten. I felt awful.",
        themes("out"),
    ),
    (
        "Our commissioner wants quarterly reports with case studies, outcome scores and activity numbers, and "
        "the last week of every quarter goes on stitching it together from three spreadsheets. It's time away "
        "from patients and I'm not convinced anyone reads it.",
        themes("out"),
    ),
    (
        "A lady I'd supported went from not leaving the house to volunteering at the food bank, but there's "
        "nowhere to capture that properly. Her WEMWBS score barely moved. I'd like a better way of showing the "
        "difference we make.",
        themes("out"),
    ),
    (
        "We've been told to start recording against the new Information Standard, but nobody has explained what "
        "it means in practice or which fields matter. The three link workers in our PCN are each doing it a "
        "different way.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "After a run of bereavements among my patients in November I stopped sleeping properly and kept "
        "replaying conversations in my head. I ended up signed off for two weeks, which I never thought would "
        "happen to me.",
        themes("well"),
    ),
    (
        "Some evenings I get home and can't even talk to my partner because I've spent the day soaking up other "
        "people's pain. I've started dreading Monday mornings, which was never the case before.",
        themes("well"),
    ),
    (
        "A lad I'd been working with for months took his own life in the summer. I still think of him when I "
        "drive past his road. Nobody at work asked how I was doing.",
        themes("well", "sup"),
    ),
    (
        "I've had two colds back to back, my back aches from driving between sites, and I'm running on empty. "
        "I'm honestly not sure how long I can keep going at this pace.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "Last Tuesday a man I'd been seeing since the spring came in with a card. He'd joined a choir, made "
        "friends, and said he hadn't felt this alive since his wife died. That's why I do this.",
        themes("pos"),
    ),
    (
        "The GPs in my practice stop me in the corridor to ask how patients are getting on. One of them told a "
        "new registrar I'm 'the best referral she's ever made'. I feel genuinely part of the team.",
        themes("pos"),
    ),
    (
        "I had one of those days where everything clicked - a lady got her first allotment plot, a teenager "
        "signed up for boxing, and a carer finally booked some respite. Drove home with the radio up. Best job "
        "I've ever had.",
        themes("pos"),
    ),
    (
        "Our little team of four link workers meets every Thursday for coffee and it's the highlight of my "
        "week. We share ideas, laugh about the chaos and pick each other up. I feel really lucky.",
        themes("pos"),
    ),
    # awkward: content but no theme
    (
        "Some of these questions were hard to answer because my job changes so much from week to week. I'd "
        "suggest adding a box for people who are employed by a federation rather than a practice.",
        themes(),
    ),
    ("I'd just like to say thank you to whoever reads these. It's nice to be asked.", themes()),
    (
        "I filled this survey in last year too and never heard what came of the results. It would be good to "
        "see a summary this time round.",
        themes(),
    ),
    (
        "I'm retiring in June after a long NHS career, the last three years as a link worker. Filling this in "
        "feels a bit strange knowing it's my last one.",
        themes(),
    ),
    (
        "I did my degree in sociology and wrote my dissertation on loneliness among older men, which is partly "
        "what drew me to this kind of work in the first place.",
        themes(),
    ),
    # awkward: theme words present but theme does not apply
    (
        "On the way home from a training day in Leeds I bumped into a former patient at the station. She told "
        "me she now runs the knit-and-natter group I'd introduced her to. It made my week.",
        themes("pos"),
    ),
    (
        "I was off sick for a week in February with a chest infection, and when I came back the practice team "
        "had kept all my patients informed and rebooked everyone. I was really touched.",
        themes("pos"),
    ),
    (
        "A lot of people on my caseload are struggling with the cost of living; one lady had been skipping "
        "meals to pay her electricity bill. The food bank and the warm space at the library have been a "
        "lifeline for her.",
        themes(),
    ),
    (
        "I told a patient who was burnt out from caring for his mum about a carers' cafe, and he went along the "
        "following week. He said it was the first time in months anyone had properly listened to him.",
        themes(),
    ),
    # awkward: praise that mentions a concern topic
    (
        "My clinical supervisor is a retired mental health nurse and our monthly sessions are worth their "
        "weight in gold. After a difficult case last month she helped me see what I'd done well rather than "
        "only what went wrong.",
        themes("pos"),
    ),
    (
        "When I first started the GPs had no idea what I did, but since I presented at a practice meeting last "
        "year the referrals have been spot on and the partners ask for my view in MDTs.",
        themes("pos"),
    ),
    (
        "I was nervous about outcome measures at first, but our PCN built a simple EMIS template and now "
        "recording ONS4 takes me a minute. Watching scores creep up over the weeks is quite motivating.",
        themes("pos"),
    ),
    (
        "My manager put me forward for a lead role this year and I now coordinate four link workers across the "
        "PCN. It's lovely to feel there's a path for people like me.",
        themes("pos"),
    ),
    # awkward: negated themes
    (
        "Honestly pay isn't my gripe - I'm paid fairly for what I do. What wears me down is the waiting list; "
        "last week I had to tell a lad I had no slots for six weeks.",
        themes("staff"),
    ),
    (
        "People assume the hardest part is the emotional side, but that honestly doesn't get to me. For me it's "
        "that I can't get into SystmOne at two of my three surgeries, so I'm forever ringing receptionists for "
        "basic information.",
        themes("it"),
    ),
    (
        "I don't need more courses, I've done every one going. What I need is somewhere to refer people on to - "
        "the nearest bereavement group closed in the autumn and the next one has a six-month wait.",
        themes("comm"),
    ),
    (
        "I wouldn't say I feel isolated at all; I've got a great bunch of colleagues around me. No problems to "
        "report this year, things are ticking along nicely.",
        themes("pos"),
    ),
    # awkward: hedged wishes and mixed feelings
    (
        "I'm not sure it's realistic, but maybe one day there could be a senior link worker post in our area? "
        "I'd probably apply. No pressure though.",
        themes("career"),
    ),
    (
        "I love this job more than any I've had, but I'd be lying if I said it wasn't taking a toll. Some weeks "
        "I'm completely wrung out by Friday.",
        themes("pos", "well"),
    ),
    (
        "It might be helpful, if there's ever money for it, to have a short course on supporting people who "
        "hoard. I had my first case last month and felt a bit out of my depth.",
        themes("train"),
    ),
    (
        "Part of me thinks the data side matters so we can prove our worth, and part of me resents filling in "
        "forms while someone's in tears in front of me. I haven't quite made my peace with it.",
        themes("out"),
    ),
    # awkward: multi-theme answers
    (
        "This week a GP sent me a woman in the middle of a psychotic episode 'for some social support'. I had "
        "nobody to debrief with afterwards and lay awake half the night. I'm starting to wonder whether I can "
        "do this long term.",
        themes("refer", "sup", "well"),
    ),
    (
        "I've got 90 people on my list, no admin help, and I still can't open the records at the branch "
        "surgery. Every day feels like firefighting.",
        themes("staff", "it"),
    ),
    (
        "I'm on a one-year contract again, band 4, with no sign of a senior role anywhere in the ICB. I'd stay "
        "for good if there was some security and somewhere to grow.",
        themes("pay", "career"),
    ),
    (
        "The practice treats me as a signposting service, most of the community groups I used to rely on have "
        "folded, and I'm expected to fill in outcome forms that don't fit what I do. I still love the patients.",
        themes("clin", "comm", "out", "pos"),
    ),
    (
        "My manager left in September and hasn't been replaced, so I've been left to work out the new reporting "
        "requirements on my own. Nobody has explained what the commissioners actually want from us.",
        themes("sup", "out"),
    ),
    (
        "We had a brilliant induction from the PCN and my GPs are lovely, but the caseload has doubled since "
        "Christmas and I'm feeling the strain. I'd really appreciate another link worker.",
        themes("pos", "staff", "well"),
    ),
    (
        "Last month I referred a man to the only debt advice service in town and they told him to ring back in "
        "three months. He came back to me instead, and I ended up trying to sort out creditors and repayment "
        "plans, which is well outside what I should be doing.",
        themes("comm", "refer"),
    ),
    # awkward: non-responses
    ("N/A", themes()),
    ("Nothing else to add, thanks.", themes()),
    ("...", themes()),
    ("As above", themes()),
]

# Written blind like HOLDOUT_9, by a thirty-second engineer: comparisons with other roles and jobs (health and
# wellbeing coaches, care coordinators, social workers, nurses, previous jobs in retail, the police or a charity,
# link workers in the next PCN); labelled before the first run (against 1.19.0).
HOLDOUT_40: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Our care coordinators got introduced at the practice meeting and everyone knows what they do. Half "
        "the GPs still think I'm the person who books taxis and sorts blue badges.",
        themes("clin"),
    ),
    (
        "The health and wellbeing coach in our PCN gets treated like a proper practitioner, whereas I get "
        "sent anything nobody else wants to deal with. Practice staff need telling what a link worker "
        "actually is.",
        themes("clin"),
    ),
    (
        "When I was a nurse people respected my judgement. As a link worker reception just see me as a "
        "signposting service.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "In housing I could go from officer to senior to team leader. Here there's nowhere to go, I'm on the "
        "same band as the day I started four years ago.",
        themes("career"),
    ),
    (
        "The care coords in our PCN have a lead post they can apply for. There's no equivalent for SPLWs, it "
        "feels like a dead end",
        themes("career"),
    ),
    (
        "Friends who went into social work have a clear ladder to climb. I'd love a senior link worker role "
        "to aim for.",
        themes("career"),
    ),
    # typical: training_development
    (
        "Nurses get protected study days and a training budget. We get whatever free webinars we can squeeze "
        "in over lunch.",
        themes("train"),
    ),
    (
        "Coming from retail I had no background in mental health or motivational interviewing, and the "
        "induction was basically one day shadowing someone. Proper training at the start would have made a "
        "huge difference.",
        themes("train"),
    ),
    (
        "health coaches get funded accredited courses, would be nice if link workers got the same CPD offer",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "The link worker in the next PCN covers two practices, I cover six. My caseload is over 120 and the "
        "referrals keep coming.",
        themes("staff"),
    ),
    (
        "We need more of us. Patients are waiting eight weeks to see me, which is longer than they wait for "
        "a GP!",
        themes("staff"),
    ),
    (
        "In the police we at least had enough officers on a shift. Here it's me for 30,000 patients with no "
        "admin help.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "The care coordinator who sits next to me has full SystmOne access and I can't even read the notes. "
        "I have to ask her to look things up for me.",
        themes("it"),
    ),
    (
        "At the council I had a laptop and could work from anywhere. Here I'm tied to whichever practice "
        "desk is free because I've got no remote access.",
        themes("it"),
    ),
    (
        "Still waiting on a smartcard after 5 months, the pharmacists got theirs in a week. Nobody has shown "
        "me how to use the SNOMED codes in EMIS either.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "Social workers get regular supervision as standard. I've had one session in a year and nobody asks "
        "about the cases I'm carrying.",
        themes("sup"),
    ),
    (
        "The health and wellbeing coaches have each other and a team lead. I'm the only link worker in the "
        "PCN and it's very lonely.",
        themes("sup"),
    ),
    (
        "In the charity I had a manager who'd done the work herself. Now my line manager is the PCN business "
        "manager who is rarely around, so there's nobody to debrief with and no peer group.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "I took a pay cut leaving the police for this and now earn less than some of the care coordinators, "
        "who I'd argue carry less responsibility.",
        themes("pay"),
    ),
    (
        "The link worker in the next PCN is on a permanent contract. Mine is fixed term to March and gets "
        "renewed every year at the last minute.",
        themes("pay"),
    ),
    (
        "Band 4 for the level of risk we hold, when a band 6 nurse does similar assessments. The pay doesn't "
        "reflect the job.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "In the city where I worked before there were groups for everything. Out here there's one bus a day "
        "and hardly anything to refer people on to.",
        themes("comm"),
    ),
    (
        "Compared to when I worked in the charity sector there's far less out there now. Loads of the groups "
        "I used to refer to have lost their funding and shut.",
        themes("comm"),
    ),
    (
        "The PCN next door has a bereavement service and a men's shed, we have neither. The wait for the "
        "local counselling charity is six months.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "I get referrals that should be going to a social worker - safeguarding concerns, people in crisis. "
        "I'm not a social worker and that isn't what social prescribing is for.",
        themes("refer"),
    ),
    (
        "Feels like I've become a housing officer again. Half my caseload is complex housing and debt cases "
        "that need specialist advice, not a walking group.",
        themes("refer"),
    ),
    (
        "GPs send us the patients the mental health team won't take. These people are far too complex for "
        "social prescribing.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "The health coaches use one outcome measure and that's it. We have to do ONS4 at the start and end, "
        "a case study every month and a spreadsheet for the PCN, all on top of the actual work.",
        themes("out"),
    ),
    (
        "In retail we had sales figures so you knew if you were doing well. Here it's really hard to show "
        "impact, and WEMWBS scores don't capture half of what changes for people.",
        themes("out"),
    ),
    (
        "The link worker in the next PCN records everything differently to us so the data can't be compared "
        "at all. We need one agreed way of reporting outcomes.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "I've nursed on busy wards but I've never felt as drained as I do after a day of back to back "
        "sessions listening to people's trauma.",
        themes("well"),
    ),
    (
        "Left the police because of stress and ended up burnt out in this job too. Was off sick for six "
        "weeks last year.",
        themes("well"),
    ),
    (
        "The emotional toll is much heavier than I expected coming from retail. Some evenings I just can't "
        "switch off.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "Best job I've ever had. After years in retail it's amazing to actually make a difference to "
        "someone's life.",
        themes("pos"),
    ),
    (
        "Compared to social work there's far less paperwork and much more time with people. I love it.",
        themes("pos"),
    ),
    (
        "Our GPs value the role far more than at the practice a friend works at in the next PCN. Really "
        "supportive team here.",
        themes("pos"),
    ),
    # awkward: content but no theme
    (
        "I came into this from the fire service and the skills transfer more than you'd think - lots of "
        "calming people down and building trust quickly.",
        themes(),
    ),
    (
        "Most of my patients are older people who are lonely, whereas the link worker in the next PCN sees "
        "mainly younger people with money worries. Every area is different.",
        themes(),
    ),
    (
        "Before this I was a care coordinator in the same practice, so I already knew the staff and a lot of "
        "the patients when I moved over.",
        themes(),
    ),
    (
        "I work alongside a health and wellbeing coach and we split patients by whether they need help with "
        "one goal or wider social support.",
        themes(),
    ),
    # awkward: theme words present but theme does not apply
    (
        "A lot of the people I see have lost their jobs or been moved onto zero hours contracts, same as I "
        "saw in housing. Money worries come up in nearly every conversation.",
        themes(),
    ),
    (
        "The GPs are stretched thinner than the doctors were when I worked at the hospital, you can see how "
        "tired they are.",
        themes(),
    ),
    (
        "Part of my job is helping patients onto training courses and back into work, which is something I "
        "also did at the job centre.",
        themes(),
    ),
    (
        "I help run a peer support group for carers, a bit like the ones the police family liaison team used "
        "to set up.",
        themes(),
    ),
    (
        "The nurses at my practice are arguing over whether to accept the new pay offer and it's all anyone "
        "talks about in the staff room.",
        themes(),
    ),
    # awkward: praise that mentions a concern topic
    (
        "Unlike in my old charity job, I actually get good clinical supervision here every month with a "
        "psychologist.",
        themes("pos"),
    ),
    (
        "My PCN pays better than the council did and put me on a permanent contract, which I really didn't "
        "expect.",
        themes("pos"),
    ),
    (
        "Got full EMIS access from day one, far better than friends who are link workers elsewhere.",
        themes("pos"),
    ),
    (
        "The training here has been brilliant, much better than anything I got as a healthcare assistant.",
        themes("pos"),
    ),
    (
        "The GPs here understand what I do better than the doctors I worked with as a social worker ever "
        "understood social care.",
        themes("pos"),
    ),
    # awkward: negated themes
    (
        "Pay's fine, I earn more than I did in retail. What gets to me is having no one to talk difficult "
        "cases through with.",
        themes("sup"),
    ),
    (
        "It isn't the caseload, the care coordinators help with the admin side. The issue is I keep getting "
        "referrals for people who really need the crisis team.",
        themes("refer"),
    ),
    (
        "Training isn't the issue, I've had loads offered. What's missing is a next step - there's no senior "
        "role to move into.",
        themes("career"),
    ),
    (
        "I don't need more IT access, I've got SystmOne same as the nurses. The problem is recording all the "
        "outcome measures in it takes forever.",
        themes("out"),
    ),
    (
        "Not bothered about the money, I was happy to take a pay cut from the police. The worry is there's "
        "nowhere left to refer people since the council cut funding to the voluntary groups.",
        themes("comm"),
    ),
    # awkward: hedged wishes and mixed feelings
    (
        "I love the work, more than I ever did in housing, but I'm exhausted most weeks.",
        themes("pos", "well"),
    ),
    (
        "Maybe some sort of network with link workers in other PCNs would help? Not sure, but it might stop "
        "me feeling so on my own.",
        themes("sup"),
    ),
    (
        "It would be nice, I suppose, if we were paid closer to what the health coaches get, though I know "
        "budgets are tight.",
        themes("pay"),
    ),
    (
        "Not sure if it's just me, but I sometimes wonder whether the GPs know what I'm for. The nurses seem "
        "to get it more than the doctors do.",
        themes("clin"),
    ),
    (
        "Perhaps a course on working with trauma, if there was funding for it? Social workers seem to get "
        "that sort of thing routinely.",
        themes("train"),
    ),
    # awkward: multi-theme answers
    (
        "Compared to social workers we get no supervision, no clear progression and a fraction of the pay, "
        "yet we're taking on the same sort of complex cases.",
        themes("sup", "career", "pay", "refer"),
    ),
    (
        "The care coordinators have smartcards and admin support; I have neither and my waiting list is now "
        "three months.",
        themes("it", "staff"),
    ),
    (
        "I left nursing because of burnout and I'm heading the same way here. Too many patients, not enough "
        "of us, and nobody checks in on how we're coping.",
        themes("well", "staff", "sup"),
    ),
    (
        "The health coaches in our PCN get a training budget and a team leader. We get a fixed-term contract "
        "and that's it.",
        themes("train", "sup", "pay"),
    ),
    (
        "In the police at least the paperwork served a purpose. Here I fill in WEMWBS forms nobody reads "
        "while the GPs think I'm a glorified receptionist.",
        themes("out", "clin"),
    ),
    (
        "The link worker in the next PCN can refer to a dozen groups and has a budget for activities. Our "
        "area has almost nothing, and I'm constantly sent people with complex debt who need specialist "
        "advice.",
        themes("comm", "refer"),
    ),
    (
        "I've never been as stressed as I am in this job, not even at Christmas in retail, and with no "
        "progression route it's hard to see a future in it.",
        themes("well", "career"),
    ),
    (
        "Social workers get proper access to records and training on the system. I still can't write in the "
        "patient notes, had to teach myself EMIS off YouTube, and there's no one to ask because I'm the only "
        "link worker in the PCN.",
        themes("it", "sup"),
    ),
    (
        "Really enjoy the role and my GPs are great, but the amount of data the ICB wants every quarter is "
        "ridiculous compared to what the nurses have to report.",
        themes("pos", "out"),
    ),
    (
        "Our health and wellbeing coach is leaving because her post wasn't refunded and I'm worried mine is "
        "next. If she goes I'll be picking up her patients on top of my own.",
        themes("pay", "staff"),
    ),
    (
        "Nurses get protected CPD time and regular clinical supervision. We get neither, and the trauma we "
        "hear about comes home with us.",
        themes("train", "sup", "well"),
    ),
    (
        "I cover four practices compared to one for the care coordinators, and half the referrals I get are "
        "really for the community mental health team.",
        themes("staff", "refer"),
    ),
    (
        "The link worker in the next PCN has a senior post above her and a training plan. I have neither, "
        "and the practice treats me as the place to dump the patients no one else wants.",
        themes("career", "train", "clin"),
    ),
    (
        "Coming from the charity sector I knew the groups were stretched but it's worse now, months of "
        "waiting everywhere. And with read-only SystmOne I can't record the outcome codes, so proving our "
        "impact to the PCN is impossible.",
        themes("comm", "it", "out"),
    ),
    # awkward: non-responses
    ("n/a", themes()),
    ("Nothing more to add thanks", themes()),
    ("-", themes()),
    ("As above", themes()),
]

# Written blind like HOLDOUT_9, by a thirty-third engineer: feelings first (the answer opens with how the writer
# feels, tired, proud, anxious, guilty, relieved, and the cause comes after or is only implied); labelled before the
# first run (against 1.19.0).
HOLDOUT_41: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Fed up, honestly. Half the practice still thinks I'm there to book taxis and fill in blue badge "
        "forms.",
        themes("clin"),
    ),
    (
        "Frustrated that after two years the nurses still send people over with 'needs a chat' and "
        "nothing else, like I'm a befriending service.",
        themes("clin"),
    ),
    (
        "Deflated. I did a presentation to the PCN board last month and afterwards the clinical director "
        "asked me what it is I actually do.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "Stuck is the word. Four years in, same band, and there’s nowhere to go unless I leave social "
        "prescribing altogether.",
        themes("career"),
    ),
    (
        "A bit restless if I'm honest - I love the work but there's no senior link worker post anywhere "
        "in our area to aim for.",
        themes("career", "pos"),
    ),
    (
        "Disheartened. One lead role came up across the whole ICB and about forty of us went for it. "
        "There is no ladder.",
        themes("career"),
    ),
    # typical: training_development
    (
        "Out of my depth at times, especially with people who hoard. Some proper training on that would "
        "really help.",
        themes("train"),
    ),
    (
        "Envious of the pharmacists who get a CPD budget. We get nothing and I'm paying for my own "
        "courses.",
        themes("train"),
    ),
    (
        "Underprepared. My induction was one morning reading policies and then I was handed a caseload.",
        themes("train"),
    ),
    # typical: staffing_capacity
    ("Swamped. 70-odd open cases and a six week wait for a first appointment with me.", themes("staff")),
    (
        "Embarrassed telling patients they'll wait two months to see me, but there's one of me for five "
        "surgeries.",
        themes("staff"),
    ),
    (
        "Stretched thin. Covering three practices on my own since my colleague left and her post has "
        "never been backfilled.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "Annoyed that I still can't get onto SystmOne at one of my sites, so I ring reception and ask "
        "them to read me the notes.",
        themes("it"),
    ),
    (
        "Embarrassing really - no smartcard after eight months, so the GPs have to code everything I do "
        "for me.",
        themes("it"),
    ),
    (
        "Frustrated. I've got EMIS access but nobody ever showed me how to use it properly and I'm never "
        "sure which SNOMED code to put.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "Lonely. I'm the only link worker in the building and my manager is based an hour away, I see "
        "her maybe twice a year.",
        themes("sup"),
    ),
    (
        "Unsupported, mostly. No clinical supervision at all, and when a case goes wrong there's no one "
        "to talk it through with.",
        themes("sup"),
    ),
    (
        "I'd feel a lot more confident with a regular peer group, other link workers to bounce ideas "
        "off. At the moment I'm on my own with it.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "Anxious every March waiting to hear whether the ARRS money is renewed and whether I've still "
        "got a job.",
        themes("pay"),
    ),
    ("Insulted, frankly. Band 4 for the level of risk we hold.", themes("pay")),
    (
        "Uneasy. My contract is fixed-term until next September and nobody can tell me what happens "
        "after that.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "Helpless some days. I find the right group for someone and then it shuts because the funding "
        "ran out.",
        themes("comm"),
    ),
    (
        "Frustrated that there's basically nothing out in the villages and no bus to get people to what "
        "there is in town.",
        themes("comm"),
    ),
    (
        "Disappointed - the counselling charity I used to refer to has a nine month wait now, and the "
        "lunch club has folded.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "Uncomfortable with some of what lands on my desk - people who are actively suicidal, sent to me "
        "because the crisis team wouldn't take them.",
        themes("refer"),
    ),
    (
        "Out of my depth with the referrals I'm getting: eviction notices, domestic abuse disclosures, "
        "stuff that needs a social worker not me.",
        themes("refer"),
    ),
    (
        "Irritated that anything complicated gets pushed my way. Debt, housing, safeguarding... it's "
        "role creep and nobody questions it.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "Fed up with the paperwork. Three different outcome measures for every patient and most of them "
        "hate filling them in.",
        themes("out"),
    ),
    (
        "Nervous about the evaluation the ICB wants - we don't have the data to show impact and I'm not "
        "sure how we'd get it.",
        themes("out"),
    ),
    (
        "Bored stiff of writing the same case study for different funders. The reporting takes longer "
        "than the actual work.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    ("Exhausted. I go home and can't switch off from what people have told me that day.", themes("well")),
    (
        "Burnt out, if I'm honest. Signed off twice in eighteen months with stress and both times it was "
        "the job.",
        themes("well"),
    ),
    (
        "Drained. Listening to bereavement, loneliness and poverty all day takes more out of you than "
        "people realise.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "Proud of what I do. A man I'd been seeing for months told me last week he'd joined a walking "
        "group and made a friend.",
        themes("pos"),
    ),
    (
        "Lucky, really. My practice manager and the GPs back me all the way and I genuinely look forward "
        "to coming in.",
        themes("pos"),
    ),
    (
        "Happy! Best job I've ever had - varied, rewarding, and I can see the difference it makes.",
        themes("pos"),
    ),
    # awkward: content but no theme
    (
        "Relieved we finally moved into the new building last month. Parking is still a nightmare "
        "though.",
        themes(),
    ),
    (
        "Curious how other PCNs set the service up - ours is hosted by a housing association, which I "
        "think is unusual.",
        themes(),
    ),
    (
        "Mixed feelings about the move to hybrid working across the PCN but on balance I think it suits "
        "most people.",
        themes(),
    ),
    (
        "Surprised by how many of my patients are under 30. I expected it to be mainly older people when "
        "I started.",
        themes(),
    ),
    # awkward: theme words present but theme does not apply
    (
        "Sad to see how many of my patients are on zero-hours contracts and terrified of losing their "
        "jobs.",
        themes(),
    ),
    ("Worried for the GPs - they're run ragged and the phones never stop ringing.", themes()),
    (
        "Amused that reception all went on a customer service course and came back calling the patients "
        "'clients'.",
        themes(),
    ),
    ("Angry on behalf of my patients when their benefits get cut and they can't make the rent.", themes()),
    (
        "Worried about my dad's health at the moment so I've been a bit distracted, nothing to do with "
        "work though.",
        themes(),
    ),
    # awkward: praise that mentions a concern topic
    (
        "Grateful for my supervisor - monthly clinical supervision that actually helps, and she always "
        "picks up the phone.",
        themes("pos"),
    ),
    (
        "Chuffed that the GPs finally get what I do. They send me exactly the right people these days.",
        themes("pos"),
    ),
    (
        "Really pleased with the training this year - trauma-informed practice and motivational "
        "interviewing, both brilliant.",
        themes("pos"),
    ),
    ("Relieved and happy - my contract was made permanent in April and I went up a band.", themes("pos")),
    ("Glad to say our IT is sorted: laptop, smartcard and full EMIS access from day one.", themes("pos")),
    # awkward: negated themes
    (
        "Not bothered about the pay, it's fair enough. What gets me is the number of outcome forms for "
        "every single person.",
        themes("out"),
    ),
    (
        "Honestly I'm not stressed by the patients at all. It's the constant battle to get EMIS access "
        "at each new practice that drives me up the wall.",
        themes("it"),
    ),
    (
        "Training's fine, we get plenty. The problem is there's no next step to use it for - band 6 "
        "posts just don't exist.",
        themes("career"),
    ),
    (
        "I don't feel isolated, the team's lovely. It's the caseload: 90 people and climbing.",
        themes("staff", "pos"),
    ),
    (
        "Job security isn't what worries me. What worries me is the groups I refer into, two have shut "
        "since Christmas.",
        themes("comm"),
    ),
    # awkward: hedged wishes and mixed feelings
    (
        "Torn. I love the patients but I do wonder whether a bit more money would stop me looking at "
        "other jobs.",
        themes("pay", "pos"),
    ),
    (
        "Uncertain, really. Maybe it would help to have a bit more time with the other link workers now "
        "and then? Could just be me.",
        themes("sup"),
    ),
    (
        "I enjoy it mostly. It might be nice to do a counselling skills course at some point, if there "
        "was ever funding for it.",
        themes("train", "pos"),
    ),
    (
        "Mixed. Rewarding work but some weeks the heavy stuff follows me home and I'm not sleeping "
        "great.",
        themes("pos", "well"),
    ),
    (
        "Half proud, half frustrated - the outcomes we get are good but I'm not convinced the way we're "
        "made to measure them captures any of it.",
        themes("pos", "out"),
    ),
    # awkward: multi-theme answers
    ("Exhausted and underpaid. Band 4, 80 patients and no admin help.", themes("well", "pay", "staff")),
    ("Isolated and a bit lost - no supervision, and my induction was a leaflet.", themes("sup", "train")),
    (
        "Fed up being the practice's dumping ground for anyone with a housing crisis or a debt problem.",
        themes("clin", "refer"),
    ),
    (
        "Anxious about the future now the grant ends in March, and nobody in the practice seems to know "
        "what we do well enough to argue for us.",
        themes("pay", "clin"),
    ),
    (
        "Frustrated: I can't write in the notes, so the outcome scores I collect sit in a spreadsheet "
        "nobody looks at.",
        themes("it", "out"),
    ),
    (
        "Tired of waiting lists everywhere - mine is eight weeks and the groups I refer to are full as "
        "well.",
        themes("staff", "comm"),
    ),
    (
        "Stressed to the point of crying in the car. Complex mental health referrals that should be with "
        "secondary care, and no supervisor to talk them through with.",
        themes("well", "refer", "sup"),
    ),
    (
        "Proud of the team I work with, but there's no progression and I'll have to leave to get a pay "
        "rise.",
        themes("pos", "career", "pay"),
    ),
    (
        "Overwhelmed. Too many patients, too many data returns, and no time for any training.",
        themes("well", "staff", "out", "train"),
    ),
    (
        "Gutted. The local carers' group has closed and the GP expects me to fill the gap myself, as if "
        "I'm a carers' support worker.",
        themes("comm", "clin"),
    ),
    (
        "Angry that we're told to collect WEMWBS on every patient but never given SystmOne training to "
        "record it properly.",
        themes("out", "it"),
    ),
    (
        "Worn down. Covering four surgeries, on a fixed-term contract, and I hardly ever see my manager.",
        themes("well", "staff", "pay", "sup"),
    ),
    (
        "Guilty that I can't give people the time they need, and it's starting to affect my sleep. There "
        "just aren't enough of us.",
        themes("well", "staff"),
    ),
    (
        "Relieved to have a good GP lead, but the rest of the PCN still treats me as a signposting "
        "service, and I'd like proper training in motivational interviewing.",
        themes("pos", "clin", "train"),
    ),
    # awkward: non-responses
    ("no", themes()),
    ("Nothing further to add, thanks", themes()),
    ("-", themes()),
    ("As above", themes()),
]

# Written blind like HOLDOUT_9, by a thirty-fourth engineer: two sides in one answer (one practice good and another
# bad, my PCN against the next, my experience against colleagues'; the same topic praised for one and a concern for
# the other); labelled before the first run (against 1.20.0).
HOLDOUT_42: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "At my main surgery the GPs get what I do, but at the branch site they treat me like an extra "
        "receptionist who hands out leaflets.",
        themes("clin", "pos"),
    ),
    (
        "One partner refers brilliantly and actually reads my notes. The other two still think I’m there to "
        "do their admin.",
        themes("clin", "pos"),
    ),
    (
        "Our PCN manager champions the role, whereas the practice nurses have no idea what we’re for and "
        "never think to involve us.",
        themes("clin", "pos"),
    ),
    # typical: career_progression
    (
        "My mate in the next PCN got made up to lead link worker last year. Nothing like that exists here, "
        "same band since 2020 and nowhere to go.",
        themes("career"),
    ),
    (
        "I love the patient work, but I can’t see where this goes in five years. There isn’t a senior SPLW "
        "post anywhere in our area.",
        themes("career", "pos"),
    ),
    (
        "Health coaches in our PCN have a progression route mapped out for them, we don’t. Feels like a dead "
        "end by comparison.",
        themes("career"),
    ),
    # typical: training_development
    (
        "My colleague who started the same week got a proper two-week induction at her PCN. I got a login "
        "and a desk. Would really like some structured training on benefits advice.",
        themes("train"),
    ),
    (
        "Link workers on the Trust side get a CPD budget, we get nothing. I paid for my own mental health "
        "first aid course.",
        themes("train"),
    ),
    (
        "The online modules cover the basics ok, but what I actually need is face to face training on "
        "supporting people who self-harm.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "Two of us cover eight practices while the PCN next door has five link workers for four. Our waiting "
        "list is ten weeks.",
        themes("staff"),
    ),
    (
        "When we had an admin worker it all ran smoothly; since that post was cut I spend half my day "
        "booking rooms and chasing phone numbers.",
        themes("staff"),
    ),
    (
        "My caseload is about 40, my colleague’s is nearer 90 because her practices are twice the size. It "
        "isn’t shared out fairly.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "At one surgery I have full EMIS, at the other I have to ask reception to print things off for me.",
        themes("it"),
    ),
    (
        "Colleagues employed by the practice got smartcards straight away. Those of us hosted by the charity "
        "have waited eight months.",
        themes("it"),
    ),
    (
        "I can view records on SystmOne but can’t write to them, so the GP never sees my notes. The PCN down "
        "the road sorted this ages ago.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "The VCSE-hosted link workers have monthly group supervision and a team around them. I’m employed "
        "directly by a practice and it’s just me.",
        themes("sup"),
    ),
    (
        "My clinical supervisor is great, but I haven’t had a line manager for a year, nobody signs off my "
        "leave or checks in on me.",
        themes("sup", "pos"),
    ),
    (
        "Peer support in our PCN is brilliant, the weekly huddle keeps me going. But nobody clinical ever "
        "goes through the hard cases with me.",
        themes("sup", "pos"),
    ),
    # typical: pay_job_security
    (
        "The link worker in the neighbouring PCN is on band 5, I’m on band 4 doing the exact same job.",
        themes("pay"),
    ),
    (
        "Staff the practice employs directly are permanent; those of us on ARRS money get renewed year by "
        "year and never know where we stand.",
        themes("pay"),
    ),
    (
        "I love the job but I’ve had three fixed-term contracts in three years and I’m now looking outside "
        "the NHS because of it.",
        themes("pay", "pos"),
    ),
    # typical: community_capacity
    (
        "In town there’s loads to refer to, but my rural practice has next to nothing and no buses, so "
        "patients can’t get to what does exist.",
        themes("comm"),
    ),
    (
        "The befriending service in my patch is still going. The one covering the next PCN lost its funding "
        "in April and now there’s nowhere to send people.",
        themes("comm"),
    ),
    (
        "Walking groups and men's sheds are easy to find. Anything for young carers or autistic adults, the "
        "waits are months long or it just doesn’t exist.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "Most referrals I get are spot on, lonely people needing a bit of a push. But one practice keeps "
        "sending me people in active crisis who need the crisis team, not me.",
        themes("refer"),
    ),
    (
        "My colleague’s GPs refer appropriately; mine send me safeguarding cases and complex debt that are "
        "well outside what a link worker should be handling.",
        themes("refer"),
    ),
    (
        "Referrals from the nurses are fine. The ones from the duty doctor are often people with serious "
        "housing problems a link worker can’t solve.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "One commissioner wants ONS4 at every contact, the other wants WEMWBS at start and end, so I’m doing "
        "both for the same patients.",
        themes("out"),
    ),
    (
        "Case studies show our impact far better than scores do, but the PCN only looks at the numbers on "
        "the dashboard.",
        themes("out"),
    ),
    (
        "Our old practice had a simple template for coding outcomes. Since the merger nobody agrees what to "
        "record and the reports come back wrong.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "Some weeks are really rewarding, others I sit in the car after work and cry because of what I’ve "
        "heard that day.",
        themes("well", "pos"),
    ),
    (
        "My colleague’s signed off with stress and I’m not far behind. We’re both running on empty.",
        themes("well"),
    ),
    (
        "I cope ok with the emotional side myself, but the newer link workers in our team are soaking up a "
        "lot and I worry they’ll burn out.",
        themes("well"),
    ),
    # typical: positive_experience
    (
        "Some days the job is messy and unpredictable, but seeing a man who wouldn’t leave the house now "
        "running a craft group makes it all worth it.",
        themes("pos"),
    ),
    (
        "Other roles in the practice seem far more stressed than us, honestly. I feel lucky, it’s the most "
        "rewarding job I’ve had.",
        themes("pos"),
    ),
    (
        "I hear horror stories from link workers elsewhere but our PCN has been brilliant: supportive GPs "
        "and a proper team.",
        themes("pos"),
    ),
    # awkward: content but no theme
    (
        "Patients in the north of the patch tend to want group activities, those in the south prefer one to "
        "one. We adapt how we work to each.",
        themes(),
    ),
    (
        "I split my week between a practice and a community hub. The hub suits drop-ins, the practice suits "
        "booked appointments.",
        themes(),
    ),
    (
        "Half my patients self-refer and half come from GPs, and the first conversation is really different "
        "depending on the route in.",
        themes(),
    ),
    (
        "Some of my colleagues do first contact by phone, I prefer a home visit where I can. Both approaches "
        "seem to work.",
        themes(),
    ),
    # awkward: theme words present but theme does not apply
    (
        "A lot of my patients are on zero-hours contracts and low pay, and money worries drive most of what "
        "they come to me with.",
        themes(),
    ),
    (
        "The GPs here are snowed under; you can see how stretched they are compared with the practice across "
        "town.",
        themes(),
    ),
    (
        "I help patients find courses and volunteering to build confidence. Some want a qualification, "
        "others just want to get out of the house.",
        themes(),
    ),
    (
        "Patients often tell me their outcomes at the hospital were poor and nobody explained anything. "
        "Others had brilliant care. I listen either way.",
        themes(),
    ),
    (
        "The practice nurses had their supervision restructured this year; some of them love it and some "
        "don’t. It doesn’t affect us.",
        themes(),
    ),
    # awkward: praise that mentions a concern topic
    (
        "I was worried about pay coming into this, but the band is fair for what we do and the contract is "
        "permanent.",
        themes("pos"),
    ),
    (
        "Our clinical supervision is excellent, better than anything I had when I worked in housing.",
        themes("pos"),
    ),
    (
        "The PCN training offer has been fantastic this year, I’ve done trauma-informed care and "
        "motivational interviewing.",
        themes("pos"),
    ),
    (
        "Full EMIS access from day one, my own laptop, and the GPs read my notes. Couldn’t ask for better.",
        themes("pos"),
    ),
    (
        "Compared with where I started out, the community offer here is amazing, there’s a group for almost "
        "everything.",
        themes("pos"),
    ),
    # awkward: negated themes
    (
        "Honestly pay isn’t the issue for me, it’s having no one to talk cases through with. I’m the only "
        "link worker in the building.",
        themes("sup"),
    ),
    (
        "The number of patients is manageable. What isn’t manageable is how many arrive in crisis when they "
        "should be with mental health services.",
        themes("refer"),
    ),
    (
        "It’s not the GPs that are the problem. It’s the outcome forms, the reporting takes longer than the "
        "sessions themselves.",
        themes("out"),
    ),
    (
        "Not fussed about progression or moving up a band. What I do need is a laptop so I can work from "
        "community venues and still get on the system.",
        themes("it"),
    ),
    (
        "We don’t need more link workers, we need more places to send people. There’s nothing locally for "
        "people living with chronic pain.",
        themes("comm"),
    ),
    # awkward: hedged wishes and mixed feelings
    (
        "Maybe some extra training on debt and benefits would help, though I’m not sure when I’d fit it in.",
        themes("train"),
    ),
    (
        "I sort of enjoy it and sort of dread it. Some of the stories I hear stay with me for a long time.",
        themes("well", "pos"),
    ),
    ("It might be nice to have a lead role to aim for one day, but I’m not in any rush.", themes("career")),
    (
        "Part of me thinks the fixed-term contract is fine for now, part of me worries what happens when the "
        "ARRS money goes.",
        themes("pay"),
    ),
    (
        "I suppose the referrals are mostly ok, though every now and then I get someone with complex housing "
        "problems I can’t really help.",
        themes("refer"),
    ),
    # awkward: multi-theme answers
    (
        "My GPs are supportive but the PCN treats us as admin, and I’m covering six practices on my own. I’m "
        "exhausted.",
        themes("pos", "clin", "staff", "well"),
    ),
    (
        "The VCSE link workers get supervision and training. Those of us employed by the PCN get neither.",
        themes("sup", "train"),
    ),
    (
        "Fixed-term contract, no progression, band 4 for five years. Friends in the acute trust have moved "
        "up twice in that time.",
        themes("pay", "career"),
    ),
    (
        "I can’t record outcomes properly because I can’t access SystmOne at two of my three practices.",
        themes("out", "it"),
    ),
    (
        "Referrals are getting more complex and the services I used to pass people on to have closed, so I’m "
        "holding people far longer than I should.",
        themes("refer", "comm"),
    ),
    (
        "In one PCN I’m a valued part of the team. In the other I’m treated as a signposting service with a "
        "waiting list of sixty.",
        themes("pos", "clin", "staff"),
    ),
    (
        "I love the patients, but doing it alone without a team and constantly worrying the funding will end "
        "is wearing me down.",
        themes("pos", "sup", "pay", "well"),
    ),
    (
        "Our lead link worker gets the training budget and the senior band; the rest of us have no route to "
        "either.",
        themes("train", "career"),
    ),
    (
        "Rural patients can’t get to groups because there are no buses, and then our data says we’re not "
        "'achieving outcomes' because of it.",
        themes("comm", "out"),
    ),
    (
        "The GPs send me anyone they don’t know what to do with, including people needing crisis mental "
        "health care, then wonder why my list is so long.",
        themes("clin", "refer", "staff"),
    ),
    (
        "Practice A gave me a smartcard and a desk; practice B has me in a cupboard with no system access "
        "and nobody to ask for help.",
        themes("it", "sup"),
    ),
    (
        "I’m proud of what we do but the emotional weight is heavy and there’s no clinical supervision to "
        "offload it.",
        themes("pos", "well", "sup"),
    ),
    (
        "More link workers and more admin would help, and some proper training on the outcome tools we’re "
        "expected to use.",
        themes("staff", "train", "out"),
    ),
    (
        "Our pay is lower than the health coaches in the same PCN, and nobody in the practice seems to "
        "understand how our roles differ.",
        themes("pay", "clin"),
    ),
    # awkward: non-responses
    ("n/a", themes()),
    ("Nothing further to add.", themes()),
    ("See my previous answer", themes()),
    ("-", themes()),
]

# Written blind like HOLDOUT_9, by a thirty-fifth engineer: the future (plans, fears, predictions and ultimatums:
# leaving if, when the funding stops, next year we are getting, thinking of retraining), the present problem often
# only implied; labelled before the first run (against 1.20.0).
HOLDOUT_43: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "If the practice still sees me as the person you send anyone awkward to by next year, I'll be "
        "looking elsewhere. I'd hope by then the GPs actually know what social prescribing is.",
        themes("clin"),
    ),
    (
        "Hoping the new partners coming in get briefed properly on what a link worker does, because the "
        "current lot still think I book taxis and fill in forms.",
        themes("clin"),
    ),
    (
        "in 5 yrs I'd like the nurses and reception to see the role as more than a signposting service",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "I can't see myself on the same band for another five years with nowhere to move up to. I'll "
        "probably go back into housing work where there's at least a senior post to aim for.",
        themes("career"),
    ),
    (
        "Next step for me? There isn't one. Unless a lead role appears I'll have to leave social "
        "prescribing to get on.",
        themes("career"),
    ),
    (
        "Would love a proper framework in place by the time I renew, something like senior link worker "
        "then team lead, so people like me have a reason to stay.",
        themes("career"),
    ),
    # typical: training_development
    (
        "Next year I'm hoping the PCN will finally fund the level 4 certificate I've been asking about "
        "since I started.",
        themes("train"),
    ),
    (
        "Planning to do a counselling diploma in my own time and with my own money as nothing is offered "
        "through work. Even a small learning budget would be something.",
        themes("train"),
    ),
    (
        "When the new cohort starts I hope they get a real induction rather than a pile of leaflets and a "
        "login like I did.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "If they don't recruit a second link worker soon, the waiting list will be three months by the "
        "summer.",
        themes("staff"),
    ),
    (
        "We're losing a colleague in March and she isn't being replaced, so I'll be covering all six "
        "practices. Don't know how that's meant to work.",
        themes("staff"),
    ),
    ("Admin support please, before the new practices join the network in April.", themes("staff")),
    # typical: it_systems_access
    (
        "I've been promised a smartcard 'next quarter' for over a year now. Until it turns up I can't read "
        "anything in the notes.",
        themes("it"),
    ),
    (
        "When we move over to SystmOne in the autumn I'd like someone to actually train me on it this time "
        "instead of learning by trial and error.",
        themes("it"),
    ),
    (
        "I'll be working from home two days a week from next month and I still don't have a laptop that "
        "connects to anything.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "If I'm still the only link worker in the PCN next year with no one to talk cases over with, I "
        "don't think I'll stick it out. Some kind of peer group would make all the difference.",
        themes("sup"),
    ),
    ("Our manager retires in June and nobody has said who we'll report to after that.", themes("sup")),
    (
        "Hoping to finally get clinical supervision set up this year, it's been on the to-do list since I "
        "was appointed.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "Our posts are only funded until next March and nobody can tell us what happens after. I've "
        "started applying for other jobs just in case.",
        themes("pay"),
    ),
    (
        "If the pay doesn't go up with the next contract I'll go back to retail management. It paid better "
        "and I had less responsibility.",
        themes("pay"),
    ),
    (
        "Fixed term again. Third one in a row. At some point I'll need a mortgage and no lender likes a 12 "
        "month contract.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "The lunch club and the befriending service both close at the end of the financial year, so I "
        "honestly don't know where I'll send people after that.",
        themes("comm"),
    ),
    (
        "Next year the council is cutting the community transport scheme, which means half my rural "
        "patients won't be able to get to anything.",
        themes("comm"),
    ),
    (
        "Dreading the winter when the warm spaces money ends and there's nowhere left for isolated older "
        "people to go.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "If I keep getting sent people in active crisis I'm going to get something wrong one day. That "
        "should be the crisis team, not me.",
        themes("refer"),
    ),
    (
        "With the mental health practitioner leaving I can see all the complex MH cases landing on my list "
        "by default.",
        themes("refer"),
    ),
    (
        "I hope at some point someone writes down what we don't take, because the safeguarding and debt "
        "cases are creeping up every month.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "The new reporting requirements coming in from April look like they'll double the time I spend on "
        "data instead of with patients.",
        themes("out"),
    ),
    (
        "Would like to know if we're keeping WEMWBS next year because half my patients can't finish it and "
        "the scores are meaningless.",
        themes("out"),
    ),
    (
        "When the service is reviewed we'll need evidence that we make a difference and at the moment we "
        "have nothing useful to show them.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "I don't think I can keep going at this pace much longer. Tired all the time and not sleeping.",
        themes("well"),
    ),
    (
        "My GP has already signed me off once this year with stress. If it happens again I'll leave the "
        "role for good.",
        themes("well"),
    ),
    (
        "Some of the stories I hear stay with me for days. I'm worried that in a year or two I'll just be "
        "numb to all of it.",
        themes("well"),
    ),
    # typical: positive_experience
    ("I plan to stay in this job until I retire. Best thing I've ever done.", themes("pos")),
    (
        "Next year I'm hoping to mentor a new link worker - I love this role and want to pass it on.",
        themes("pos"),
    ),
    (
        "Our team is brilliant and I can see us growing into something really special over the next few "
        "years.",
        themes("pos"),
    ),
    # awkward: content but no theme
    (
        "Next year I'm dropping to part-time hours to look after my mum, nothing to do with the job itself.",
        themes(),
    ),
    (
        "I'm due to retire in eighteen months so most of these questions won't apply to me much longer.",
        themes(),
    ),
    (
        "We're relocating to the new health centre in the spring and I expect patients will take a few "
        "months to find us.",
        themes(),
    ),
    (
        "I'd like the survey to ask about plans for the next twelve months as well, that would be more "
        "useful.",
        themes(),
    ),
    # awkward: theme words present but theme does not apply
    (
        "Lots of my patients are worried about their own jobs ending next year, and that's most of what we "
        "talk about.",
        themes(),
    ),
    ("The GPs are stretched to breaking point and I expect two of the partners will retire early.", themes()),
    (
        "Several of the people I support are planning to start college courses in September and want help "
        "with bursaries.",
        themes(),
    ),
    (
        "A big part of next year will be helping patients through the benefits migration and the pension "
        "credit changes.",
        themes(),
    ),
    (
        "Patients on probation keep telling me their supervision arrangements are changing next year and "
        "they're anxious about it.",
        themes(),
    ),
    # awkward: praise that mentions a concern topic
    (
        "Our PCN has just confirmed permanent contracts for all the link workers, so I'm planning to stay "
        "for the long haul.",
        themes("pos"),
    ),
    (
        "Starting my level 3 in September with full funding from the practice, really grateful they've "
        "backed me.",
        themes("pos"),
    ),
    (
        "The GPs here get it completely - they're already talking about how to grow the service next year.",
        themes("pos"),
    ),
    (
        "Our supervisor is excellent and I'm looking forward to the new peer group she's setting up in the "
        "spring.",
        themes("pos"),
    ),
    (
        "Just got my smartcard and full EMIS access sorted, so next year should be much smoother for "
        "record keeping.",
        themes("pos"),
    ),
    # awkward: negated themes
    (
        "It's not the pay that'll make me leave, it's having nobody above me to ask when a case goes wrong.",
        themes("sup"),
    ),
    (
        "Training isn't what I need next year. What I need is referrals for people we can actually help, "
        "not people waiting for secondary mental health care.",
        themes("refer"),
    ),
    (
        "Caseload is fine, I can manage the numbers. What worries me is the youth groups all closing in "
        "the summer.",
        themes("comm"),
    ),
    (
        "I'm not worried about my contract, it's permanent. I'm worried about my own health if the stress "
        "carries on like this.",
        themes("well"),
    ),
    (
        "Don't need more staff. We need the GPs to stop treating us as the overflow for anything "
        "non-medical.",
        themes("clin"),
    ),
    # awkward: hedged wishes and mixed feelings
    (
        "I love the work and I'd like to stay, but if nothing changes about how little we're paid I might "
        "have to think again next year.",
        themes("pos", "pay"),
    ),
    (
        "Maybe some sort of progression route at some point would be nice, though I'm not sure what it "
        "would look like.",
        themes("career"),
    ),
    (
        "Part of me wants to do the mental health qualification next year, part of me thinks I'm too worn "
        "out to take anything else on.",
        themes("train", "well"),
    ),
    (
        "I suppose a bit more admin support eventually might help, although honestly it's not terrible at "
        "the moment.",
        themes("staff"),
    ),
    (
        "Most days I'm glad I took this job. Other days I wonder if I'll still be doing it in a year, with "
        "the funding as up in the air as it is.",
        themes("pos", "pay"),
    ),
    # awkward: multi-theme answers
    (
        "If I don't get proper supervision and some idea whether the post is funded past March, I'll be "
        "gone by the summer.",
        themes("sup", "pay"),
    ),
    (
        "By next year I'll be covering nine surgeries with no extra hours, and the wait for the local "
        "counselling charity is already six months.",
        themes("staff", "comm"),
    ),
    (
        "Thinking of retraining as a nurse. At least there's a career ladder, a decent wage and people "
        "know what you do.",
        themes("career", "pay", "clin"),
    ),
    (
        "When the new outcomes reporting starts I'll need SystmOne access to pull the data, which I still "
        "don't have.",
        themes("out", "it"),
    ),
    (
        "I'm exhausted, and I can only see the crisis and safeguarding cases that land on me getting worse "
        "next year.",
        themes("well", "refer"),
    ),
    (
        "The plan apparently is for us to pick up the long COVID patients too. Nobody has trained us for "
        "that and our lists are already full.",
        themes("refer", "train", "staff"),
    ),
    (
        "I'd stay longer if there was a senior link worker post and some protected time for CPD.",
        themes("career", "train"),
    ),
    (
        "Next year I want fewer forms and more people. The ONS4 every six weeks is eating my time and my "
        "caseload has gone past 80.",
        themes("out", "staff"),
    ),
    (
        "Once my fixed-term contract ends I don't think I'll look for another link worker job. I'm burnt "
        "out and the GPs never really saw the point of me.",
        themes("pay", "well", "clin"),
    ),
    (
        "If I'm still sat alone in a back room with no team and no laptop to work from home by Christmas, "
        "I'm off.",
        themes("sup", "it"),
    ),
    (
        "The befriending charity we rely on loses its lottery grant next year and I'll have nowhere for "
        "lonely patients to go. It's getting me down more than I'd like to admit.",
        themes("comm", "well"),
    ),
    (
        "I really enjoy the patient side but I'm planning to leave within the year because of the pay and "
        "the lack of any progression.",
        themes("pos", "pay", "career"),
    ),
    (
        "The commissioners want impact data by the autumn, yet half the referrals I get are housing "
        "emergencies that have nothing to do with social prescribing.",
        themes("out", "refer"),
    ),
    (
        "In five years I hope there are enough link workers that nobody is covering 30,000 patients alone, "
        "and that new starters get a proper induction and a mentor.",
        themes("staff", "train", "sup"),
    ),
    # awkward: non-responses
    ("n/a", themes()),
    ("Nothing further to add at this time.", themes()),
    ("As per my previous answer.", themes()),
    ("no", themes()),
]

#: every hold-out batch, in the order they were written
# Written blind like HOLDOUT_9, by a thirty-sixth engineer: regional and informal British English (dialect words and
# slang from the North, the Midlands, Scotland, Wales, Cornwall and London, idioms and banter; the theme often said
# in a turn of phrase); labelled before the first run (against 1.21.0).
HOLDOUT_44: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Half the GPs in our place think I'm a glorified receptionist. They fob off anyone they can't be "
        "bothered with onto me. Would be proper nice if someone sat them down and explained what we actually do.",
        themes("clin"),
    ),
    # typical: clinician_understanding
    (
        "The practice staff call me 'the leaflet lass'. We're a lot more than a signpost, like.",
        themes("clin"),
    ),
    # typical: clinician_understanding
    (
        "Nobody in the surgery knows what we're for. A bit of a do for the nurses and docs on what social "
        "prescribing is wouldn't go amiss, tha knows.",
        themes("clin"),
    ),
    # typical: career_progression
    ("Been on the same band four years now and there's nowt above me to go for. Dead end, pet.", themes("career")),
    # typical: career_progression
    (
        "Where do you go from link worker? Nowhere, that's where. No senior posts round here, no lead, nothing. "
        "You either stay put or jack it in.",
        themes("career"),
    ),
    # typical: career_progression
    (
        "Would love a ladder to climb but there isn't one. Canny few of us have ever moved on to owt bigger "
        "without leaving the role altogether.",
        themes("career"),
    ),
    # typical: training_development
    (
        "Be good to get on some proper courses instead of being chucked in at the deep end. "
        "Had no induction whatsoever, just a desk and a phone.",
        themes("train"),
    ),
    # typical: training_development
    (
        "Any chance of a bit of brass for learning? I'd love to do a counselling qualification but it's all "
        "out of me own pocket.",
        themes("train"),
    ),
    # typical: training_development
    (
        "We get told to 'upskill' but never given the time to do it. Protected learning time, that's what we're "
        "after.",
        themes("train"),
    ),
    # typical: staffing_capacity
    ("Chocka. Caseload's through the roof and there's two of us for six practices.", themes("staff")),
    # typical: staffing_capacity
    (
        "Wait to see me is eight weeks now, which is daft for a service that's meant to be quick. "
        "Need another pair of hands, simple as.",
        themes("staff"),
    ),
    # typical: staffing_capacity
    (
        "I'm spread dead thin, mind, covering three surgeries up and down the valley. Another link worker and "
        "a bit of admin help would sort it.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "Can't get on EMIS from home and me smartcard still hasn't come through after five months. "
        "Mithering IT gets you nowhere.",
        themes("it"),
    ),
    # typical: it_systems_access
    ("No laptop, no remote access, nowt. I have to nick a spare desk and pray the login works.", themes("it")),
    # typical: it_systems_access
    (
        "We're on SystmOne but nobody's ever shown me how to code owt properly, so half of what I do "
        "never shows up on the record.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "I'm on me tod in the practice. No other link workers, no supervision, nobody to offload to after a "
        "rough one.",
        themes("sup"),
    ),
    # typical: supervision_support
    (
        "Haven't had a proper supervision session since last spring. Me manager's based forty mile away and "
        "you never clap eyes on her.",
        themes("sup"),
    ),
    # typical: supervision_support
    (
        "Would be champion to have a bit of a peer group, other SPLWs to have a natter with and bounce cases off.",
        themes("sup"),
    ),
    # typical: pay_job_security
    ("Skint, to be honest. The wage is pants for what we do and everything's gone up.", themes("pay")),
    # typical: pay_job_security
    (
        "Contract's up in March and nobody can tell us if the ARRS money's carrying on. "
        "Living hand to mouth, job-wise.",
        themes("pay"),
    ),
    # typical: pay_job_security
    (
        "We're on a twelve-month grant through the charity. Every year it's the same: will we, won't we. "
        "Try getting a mortgage on that.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "There's nowt to send folk to round here anymore. The lunch club shut, the men's shed lost its funding "
        "and the bus only comes twice a day.",
        themes("comm"),
    ),
    # typical: community_capacity
    (
        "Proper gap for anything for young lads. And half the groups I do send people to have got waiting lists "
        "as long as your arm.",
        themes("comm"),
    ),
    # typical: community_capacity
    (
        "Out west in Cornwall there's no buses worth the name, so even when there's something on in Truro my "
        "lot can't get to it without a car.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "We're getting folk in proper crisis sent our way, suicidal like, and I'm not a mental health nurse. "
        "That's not what we're here for.",
        themes("refer"),
    ),
    # typical: referral_appropriateness
    (
        "Everything lands on my desk now: debt, housing, safeguarding, the lot. Mission creep, plain and simple.",
        themes("refer"),
    ),
    # typical: referral_appropriateness
    (
        "Some of what comes through is way over my head, to be fair. Bloke last week needed a social worker, "
        "not a coffee morning.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "Filling in a WEMWBS with someone who's just buried her husband feels proper wrong. "
        "The forms get in the way of the actual work.",
        themes("out"),
    ),
    # typical: outcomes_data
    (
        "Spend half me week on spreadsheets for the PCN, proving we're worth the money. "
        "Numbers, numbers, numbers.",
        themes("out"),
    ),
    # typical: outcomes_data
    (
        "Nobody's ever agreed how we show the difference we make. Every commissioner wants a different set of "
        "figures off us.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    ("Knackered. Absolutely cream crackered by Friday.", themes("well")),
    # typical: wellbeing_burnout
    (
        "You take it home with you, don't you. Some of the stories I hear stick with me for weeks, and I've "
        "been signed off with it once already.",
        themes("well"),
    ),
    # typical: wellbeing_burnout
    (
        "Been running on fumes since Christmas. Not sure how much longer I can keep it up, if I'm honest.",
        themes("well"),
    ),
    # typical: positive_experience
    ("Best job I've ever had, hands down. Mint team and the GPs are sound.", themes("pos")),
    # typical: positive_experience
    (
        "Honestly love it. Seeing someone who hadn't left the house in a year turn up at the allotment group, "
        "that's what it's all about.",
        themes("pos"),
    ),
    # typical: positive_experience
    (
        "Our practice is cracking. They treat me like one of the family and actually listen when I say summat.",
        themes("pos"),
    ),
    # mixed
    (
        "Run ragged, me. Forty-odd on the books, no admin help, and on top of that I've to log every contact "
        "three different ways for the returns. Going home in bits most nights.",
        themes("staff", "out", "well"),
    ),
    (
        "The docs treat us like a bin for anyone awkward, so we end up with folk with serious mental health stuff "
        "that should be with the crisis team. Raise it and you get 'you're the link worker, link them'.",
        themes("clin", "refer"),
    ),
    (
        "Band 4 for the amount we carry? It's a joke. And there's no way up neither.",
        themes("pay", "career"),
    ),
    (
        "Hosted by the council but sat in a GP surgery, so I'm neither fish nor fowl. Nobody to supervise me, "
        "can't get on the practice system, and the surgery haven't a clue what I'm for.",
        themes("sup", "it", "clin"),
    ),
    (
        "Wish there was more out there for folk. Our befriending charity's had its funding pulled, so now "
        "I'm the befriender and all, which isn't the job.",
        themes("comm", "refer"),
    ),
    (
        "Need more of us, need paying better, and need the GPs to actually get what we do. Simple.",
        themes("staff", "pay", "clin"),
    ),
    (
        "I'd like to do the Level 4 in social prescribing but the PCN won't release me, says we're too busy. "
        "Which we are, to be fair, the waiting list's out the door.",
        themes("train", "staff"),
    ),
    (
        "Lonely old job. I sit in a box room at the back of the surgery, see no one all day, and have a cry in "
        "the car some nights.",
        themes("sup", "well"),
    ),
    (
        "The outcome stuff's a right mither, and I can't even write in the notes, so I keep a paper diary as a "
        "backup. Daft in this day and age.",
        themes("out", "it"),
    ),
    (
        "We was told it'd be permanent. Now it's 'subject to funding' every April. And there's no clinical "
        "supervision, just a catch-up with a practice manager who doesn't know owt about the work.",
        themes("pay", "sup", "clin"),
    ),
    ("Love the patients, hate the paperwork.", themes("pos", "out")),
    (
        "Great team at the hub, canny supportive. But one practice sends us a nightmare of referrals, "
        "folk who need the mental health team not us.",
        themes("pos", "refer"),
    ),
    (
        "Would be good to have a proper pathway and the courses to go with it, like a senior link worker role "
        "you could work up to.",
        themes("career", "train"),
    ),
    (
        "Getting folk to the groups is the hard bit: rural Wales, no buses after four, taxi's twenty quid. "
        "Meanwhile I'm covering four surgeries on my own.",
        themes("comm", "staff"),
    ),
    (
        "I'm a one-woman band in a PCN of sixty thousand. No other SPLWs, no admin, no supervision to speak of. "
        "It's too much for one person and I'm at the end of my tether.",
        themes("staff", "sup", "well"),
    ),
    ("Decent GPs, rubbish IT. Still waiting on my smartcard.", themes("pos", "it")),
    (
        "Need trusting with a bit more. They won't let us write in the notes and can't see why we'd want to, "
        "which tells you everything about how they see us.",
        themes("it", "clin"),
    ),
    (
        "Short-term money, short-term thinking. You can't build up what's needed locally when you don't know if "
        "you'll be here next year, and half the groups are on the same shaky funding as us.",
        themes("pay", "comm"),
    ),
    (
        "The MYCAW forms take longer than the actual chat some days, and nobody's ever shown me how to use them "
        "properly. Just got handed a clipboard.",
        themes("out", "train"),
    ),
    (
        "Too many coming through and too many of them are the wrong sort: housing disrepair, benefit appeals, "
        "stuff that needs a specialist. I'm drowning, to be blunt.",
        themes("staff", "refer", "well"),
    ),
    (
        "We've had no line manager since June and the clinical director couldn't tell you what we do if you "
        "paid him.",
        themes("sup", "clin"),
    ),
    # near-miss
    ("A lot of my patients are proper stressed about the cost of living, gas bills and that.", themes()),
    (
        "Part of me week is showing patients how to use the NHS app and order their shopping online. "
        "Loads of the older ones have never had a smartphone.",
        themes(),
    ),
    ("The GPs here are grand, they really rate what we do and the referrals are spot on.", themes("pos")),
    (
        "Our patients can't get in to see a GP for weeks, which is why a lot of them end up with me.",
        themes(),
    ),
    ("Had smashing supervision from our lead this year. Proper looked after.", themes("pos")),
    ("Pay's fair for what it is, no complaints there.", themes("pos")),
    ("Data's a doddle now we've got the new template on EMIS, takes two minutes.", themes("pos")),
    (
        "One of my fellas was burnt out after caring for his mam for ten years. Got him into a carers' group "
        "and he's a different man. That's why I do it.",
        themes("pos"),
    ),
    ("Loads of community groups round ours, we're spoilt for choice in the city.", themes("pos")),
    (
        "Patients are dead isolated since lockdown, loads of them never got back in the habit of going out.",
        themes(),
    ),
    ("The trainee GPs come and shadow me for a morning now, which is lovely.", themes("pos")),
    # no theme
    ("Been in post about eighteen month, came over from housing support.", themes()),
    ("Work across two PCNs in the Black Country, mostly older patients and a lot of carers.", themes()),
    ("Just to say I'm part-time, so some of my answers might be a bit different to full-timers.", themes()),
    ("Mostly home visits, with a bit of clinic on a Tuesday.", themes()),
    ("I'm a Weegie by birth but work down in Carlisle now, hosted by a local charity.", themes()),
    ("Filled this in on me dinner break so it's a bit rushed, sorry.", themes()),
    # non-response
    ("nowt", themes()),
    ("Nah, ta.", themes()),
    ("-", themes()),
    ("same as above, duck", themes()),
    ("Nothing else to add really, cheers.", themes()),
]


# Written blind like HOLDOUT_9, by a thirty-seventh engineer: negation, conditionals and hypotheticals (what is not
# a problem beside what is, double negatives, 'if only', 'I wouldn't say', 'it isn't the pay, it's ...', questions
# that deny); labelled before the first run (against 1.21.0).
HOLDOUT_45: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        (
            "It isn't the workload that gets to me, it's being treated as the overflow for whatever reception can't "
            "deal with. Half the GPs still think I just hand out leaflets."
        ),
        themes("clin"),
    ),
    ("I wouldn't say the doctors are hostile. They just have no idea what I actually do all day.", themes("clin")),
    (
        (
            "If only the practice saw me as something other than the place to send anyone who turns up with a form "
            "they can't fill in."
        ),
        themes("clin"),
    ),
    # typical: career_progression
    (
        (
            "Where do I go from here? There's no senior link worker post anywhere in our PCN, so after four years I'm "
            "doing exactly what I did on day one."
        ),
        themes("career"),
    ),
    (
        (
            "Not that I want to leave, but if there had ever been a lead role above me I'd have gone for it years ago."
            " As it is there's nothing to apply for."
        ),
        themes("career"),
    ),
    ("I wouldn't call it a career. More a job with a ceiling you hit after eighteen months.", themes("career")),
    # typical: training_development
    (
        (
            "No complaints except that the only training I've had since I started was the online modules. Something on"
            " supporting people who hoard would have been really useful."
        ),
        themes("train"),
    ),
    (
        (
            "If there were ring-fenced time for CPD I might actually do some. As things stand any course I book gets "
            "cancelled because clinics come first."
        ),
        themes("train"),
    ),
    (
        (
            "Would have been nice to have had a proper induction rather than a desk and a printed list of local "
            "groups."
        ),
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        (
            "It isn't the patients, it's the numbers. I have over 90 open cases and another 30 people waiting for a "
            "first appointment."
        ),
        themes("staff"),
    ),
    ("Can't see how one of me is meant to cover six practices and 58,000 patients. Nobody could.", themes("staff")),
    (
        (
            "If we had even one more link worker the wait wouldn't be eight weeks. I'm not saying I can't cope, I'm "
            "saying people wait too long to see me."
        ),
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        (
            "Not having a smartcard means I can't look at someone's history before I ring them, and that isn't safe."
        ),
        themes("it"),
    ),
    (
        (
            "I don't lack support, I lack a laptop. Everything gets written on paper and typed up later on a shared PC"
            " in the back office."
        ),
        themes("it"),
    ),
    (
        (
            "If only someone had shown me how the SNOMED codes work on SystmOne. I do code things but I'm never sure "
            "they end up in the right place."
        ),
        themes("it"),
    ),
    # typical: supervision_support
    ("No one has ever offered me clinical supervision. Not once in three years.", themes("sup")),
    (
        (
            "It's not that I don't get support, the practice manager checks in, but she doesn't know the work, so "
            "there's nobody to talk a difficult case through with."
        ),
        themes("sup"),
    ),
    (
        (
            "I would love to say I'm part of a team. I'm the only one doing this for miles and I sit in a room on my "
            "own."
        ),
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        (
            "It isn't the work, it's the contract. Twelve months at a time, and we find out in February whether "
            "there's money for April."
        ),
        themes("pay"),
    ),
    ("Band 4 for what we carry? I wouldn't call that fair.", themes("pay")),
    ("If the ARRS money goes, so does my job. Hard to plan a life around that.", themes("pay")),
    # typical: community_capacity
    (
        (
            "What's the point of me if there's nowhere to send people? The lunch club closed, the men's shed lost its "
            "grant and the nearest befriending scheme has a six month wait."
        ),
        themes("comm"),
    ),
    (
        (
            "I wouldn't say there's nothing out there, but without a bus after four o'clock most of my older patients "
            "can't get to any of it."
        ),
        themes("comm"),
    ),
    ("Not a lot left round here since the council stopped funding the voluntary sector.", themes("comm")),
    # typical: referral_appropriateness
    (
        (
            "Who would refer someone who is actively suicidal to a non-clinical worker? It happens every month."
        ),
        themes("refer"),
    ),
    (
        (
            "I'm not a debt adviser, I'm not a housing officer and I'm not a social worker, yet I get sent people who "
            "need all three."
        ),
        themes("refer"),
    ),
    (
        (
            "If referrals stayed within what we're actually meant to do, I wouldn't spend half my week handing "
            "safeguarding cases back."
        ),
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        (
            "It's not that I don't see the difference I make, it's proving it. Asking for a WEMWBS score at the first "
            "meeting feels wrong, and the follow-up ones never happen."
        ),
        themes("out"),
    ),
    (
        (
            "If only there were one template instead of three. The PCN wants one thing, the ICB another and the "
            "charity a third."
        ),
        themes("out"),
    ),
    ("Nobody would know from our figures what we achieve. Counting appointments isn't impact.", themes("out")),
    # typical: wellbeing_burnout
    (
        (
            "I wouldn't have believed a non-clinical job could leave me this drained. I take people's stories home "
            "with me every night."
        ),
        themes("well"),
    ),
    ("Not sleeping. I've been signed off twice this year and both times it was the job.", themes("well")),
    ("If I'm honest I'm running on empty and I don't know how much longer I can keep going.", themes("well")),
    # mixed
    (
        (
            "It isn't the pay, it's the loneliness. Nobody to debrief with after a bad call, and then I go home and "
            "can't switch off."
        ),
        themes("sup", "well"),
    ),
    (
        (
            "Not that I don't enjoy it, I do, but with 120 on my list and no access to the clinical system I'm "
            "basically running the service out of a notebook."
        ),
        themes("staff", "it", "pos"),
    ),
    (
        (
            "If the GPs understood what the role is, they wouldn't send me people in mental health crisis. Both "
            "problems are really one problem."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "No complaints except the money and the fact that the job might not exist next March. The work itself I "
            "love."
        ),
        themes("pay", "pos"),
    ),
    (
        (
            "I wouldn't say I'm burnt out yet, but with the waiting list growing and nobody to cover my leave I can "
            "see it coming."
        ),
        themes("staff", "well"),
    ),
    (
        (
            "Nobody mentioned at interview that I'd be expected to collect ONS4 scores and put them on EMIS, and I "
            "didn't get a login for the first four months."
        ),
        themes("out", "it"),
    ),
    (
        (
            "Groups are full, the referrals get more complex every month, and there's only me. If only there were a "
            "couple more of us."
        ),
        themes("comm", "refer", "staff"),
    ),
    (
        (
            "Isn't it strange that we're asked to evidence our impact when nobody funds the groups we send people to? "
            "Half of what we'd measure depends on services that have already closed."
        ),
        themes("out", "comm"),
    ),
    (
        (
            "Not having a manager who knows social prescribing, not having anywhere to progress to, not having a "
            "permanent contract. Lots of nots."
        ),
        themes("sup", "career", "pay"),
    ),
    (
        (
            "I'd never say the GPs aren't supportive, they are. But the nurses and reception still book me in for blue"
            " badge forms and medication queries."
        ),
        themes("pos", "clin"),
    ),
    (
        (
            "Caseloads that never shrink, notes I can't write to, and a line manager who has never once asked how I'm "
            "doing."
        ),
        themes("staff", "it", "sup"),
    ),
    (
        (
            "There isn't a training budget, there isn't time, and even if there were, there's no post to move up into "
            "afterwards."
        ),
        themes("train", "career"),
    ),
    (
        (
            "Who would want to do a WEMWBS with someone whose husband died last week? Yet the PCN treats an empty box "
            "as a failure, and I'll admit it's wearing me down."
        ),
        themes("out", "well"),
    ),
    ("Not enough hours in the day and not enough buses in the villages.", themes("staff", "comm")),
    (
        (
            "Rural patients can't reach the groups, I can't work from the rural surgeries because I've no laptop, and "
            "the nearest other link worker is thirty miles away."
        ),
        themes("comm", "it", "sup"),
    ),
    ("Every Sunday night I get a knot in my stomach thinking about Monday.", themes("well")),
    (
        (
            "They hired me as a link worker and then introduced me to patients as 'the lady who sorts out forms'."
        ),
        themes("clin"),
    ),
    (
        (
            "I wouldn't mind the size of the caseload if the referrals were right. It's the ones who should be with "
            "the crisis team that eat the hours."
        ),
        themes("refer"),
    ),
    (
        (
            "If the local groups had secure funding, and if we did too, everything else would be manageable."
        ),
        themes("comm", "pay"),
    ),
    (
        (
            "It's not that I can't get on EMIS, I can, it's that I can only read. Every note I make has to go through "
            "a receptionist."
        ),
        themes("it"),
    ),
    (
        (
            "Would a GP be expected to work without a supervisor, on a one-year contract, in a cupboard? Then why are "
            "we?"
        ),
        themes("sup", "pay"),
    ),
    (
        (
            "I'd like to do the level 3 counselling skills course, but I'm told there's no budget, and I couldn't take"
            " the days off anyway without my waiting list growing."
        ),
        themes("train", "staff"),
    ),
    (
        (
            "Would I like more money? Who wouldn't. But that's not what would make me leave. What would make me leave "
            "is doing the same job at the same level five years from now."
        ),
        themes("career"),
    ),
    ("Nobody has ever said I'm not valued. It's more that they don't know what to do with me.", themes("clin")),
    (
        (
            "It isn't that the groups don't exist, there are loads in town. It's that the GPs bypass me, send patients"
            " straight to the groups and then ask why my numbers are low."
        ),
        themes("clin"),
    ),
    (
        (
            "Supervision, training, pay: all fine. The one thing is I can't book patients in, because I've been given "
            "no access to the appointment system."
        ),
        themes("pos", "it"),
    ),
    (
        (
            "I don't need more training. I need a caseload small enough that I can actually use what I've learned."
        ),
        themes("staff"),
    ),
    (
        (
            "I wouldn't mind the wellbeing questionnaires if patients could fill them in online. It's the paper and "
            "the typing up that takes the time."
        ),
        themes("out"),
    ),
    # near-miss
    (
        (
            "Most of the people I see are lonely, and a lot of them are stressed about money. That's exactly what the "
            "role is for."
        ),
        themes(),
    ),
    (
        (
            "I run a weekly walking group and I'm training some of the patients to become volunteer walk leaders, "
            "which I really enjoy."
        ),
        themes("pos"),
    ),
    ("The GPs here are fantastic. I couldn't ask for a more supportive practice.", themes("pos")),
    (
        (
            "I'm not stressed, I'm not burnt out and I'm not short of supervision. I just wanted to say so, since "
            "every survey seems to assume we are."
        ),
        themes("pos"),
    ),
    (
        (
            "I came from a housing background, so I'm not fazed when someone arrives with rent arrears. That's part of"
            " the job."
        ),
        themes(),
    ),
    (
        (
            "The practice has just moved from EMIS to SystmOne. I had access to both from day one, so no issues there."
        ),
        themes("pos"),
    ),
    ("My caseload is manageable, about 40, and my manager protects it.", themes("pos")),
    (
        (
            "A patient told me last week that the gardening group saved her life. That's why I'd never go back to "
            "retail."
        ),
        themes("pos"),
    ),
    ("Patients are often too anxious to go to a group on their own the first time, so I go along with them.", themes()),
    ("The contract was made permanent last year, which has made a huge difference.", themes("pos")),
    (
        (
            "The practice nurse went off with stress in the spring and the whole surgery has been stretched, but my "
            "own work hasn't really changed."
        ),
        themes(),
    ),
    (
        (
            "Not that I mind the patients who come with debt problems. Citizens Advice here sees them within a week."
        ),
        themes("pos"),
    ),
    # no theme
    ("I work 30 hours across two practices in a market town.", themes()),
    ("Started in post in 2021 after ten years in supported housing.", themes()),
    (
        (
            "Most of my referrals come from the GPs, some from the care coordinators and a few people refer "
            "themselves."
        ),
        themes(),
    ),
    ("Hosted by a local charity, not employed by the PCN directly.", themes()),
    ("Would anyone actually read this?", themes()),
    # non-response
    ("n/a", themes()),
    ("Nothing further to add.", themes()),
    ("-", themes()),
    ("See my answer above", themes()),
    ("No, not really.", themes()),
]


# Written blind like HOLDOUT_9, by a thirty-eighth engineer: writers from other professions (nursing, social work,
# OT, counselling, youth work, housing, research) in their own jargon (MDT, caseload acuity, governance, boundaries,
# KPIs, logic models, trauma-informed); labelled before the first run (against 1.21.0).
HOLDOUT_46: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        (
            "The MDT still sees me as the person you hand the 'social stuff' to once the clinical plan runs out. "
            "Coming from district nursing I know what a proper interdisciplinary referral looks like, and half of "
            "what lands with me is 'patient lonely, please sort'. Some sessions for the GPs on what a link worker "
            "actually does would go a long way."
        ),
        themes("clin"),
    ),
    (
        (
            "As a former social worker I'm used to my professional judgement carrying weight in case discussions. "
            "Here I'm treated as a glorified receptionist, asked to chase prescriptions and ring round about "
            "cancelled appointments."
        ),
        themes("clin"),
    ),
    (
        (
            "Recognition of the role at PCN board level. Our clinical director couldn't tell you what our "
            "person-centred model is."
        ),
        themes("clin"),
    ),
    # typical: career_progression
    (
        (
            "In housing I could see a ladder from officer to senior to team leader. There's nothing equivalent here: "
            "I'm Band 4 with no senior practitioner tier, no lead SPLW post in our PCN, and no competency framework "
            "that would let me evidence moving up."
        ),
        themes("career"),
    ),
    (
        (
            "Where does this role go after five years? I've got a master's in public health research and I'm sitting "
            "at exactly the same grade as the day I started."
        ),
        themes("career"),
    ),
    ("A defined pathway - practitioner, senior, advanced - like the AHPs have.", themes("career")),
    # typical: training_development
    (
        (
            "Accredited training in trauma-informed practice and motivational interviewing. My counselling diploma "
            "covers some of it but the context is different, and the PCN won't fund any CPD."
        ),
        themes("train"),
    ),
    (
        (
            "Induction was two days of shadowing and a folder. For a role that holds this much risk that isn't "
            "enough. We need a structured induction and protected learning time each month, the way the nurses get "
            "PLT."
        ),
        themes("train"),
    ),
    ("A learning budget so I can finish my level 5 in health and social care.", themes("train")),
    # typical: staffing_capacity
    (
        (
            "Caseload acuity has gone up but the numbers haven't come down - 60-plus open cases across three "
            "surgeries and one of me. Another WTE link worker would be the difference between doing person-centred "
            "work and just triaging."
        ),
        themes("staff"),
    ),
    (
        (
            "There's a six week wait just to get a first appointment with us now, which rather defeats the point of "
            "early intervention."
        ),
        themes("staff"),
    ),
    ("Admin support. I lose a day a week to letters, bookings and chasing that a band 2 could do.", themes("staff")),
    # typical: it_systems_access
    (
        (
            "I'm still read-only on SystmOne at two of my three practices, so I can't document contacts "
            "contemporaneously - which, from a governance point of view, is a real problem."
        ),
        themes("it"),
    ),
    ("No smartcard for four months after I started.", themes("it")),
    (
        (
            "A laptop that actually connects to the practice network from home, and someone showing me how to put "
            "the social prescribing SNOMED codes on EMIS properly instead of guessing."
        ),
        themes("it"),
    ),
    # typical: supervision_support
    (
        (
            "No clinical supervision whatsoever. As an OT I had monthly supervision and reflective practice was "
            "built in. Here I hear disclosures of abuse and suicidal thinking and there is nobody to take them to."
        ),
        themes("sup"),
    ),
    (
        (
            "My line manager sits at the host charity's head office forty miles away and I see her twice a year. Day "
            "to day I manage myself."
        ),
        themes("sup"),
    ),
    ("Peers. I'm the only link worker in a rural PCN and professionally it's a lonely place to be.", themes("sup")),
    # typical: pay_job_security
    (
        (
            "Pay doesn't reflect the risk we hold. I was on more as a Band 6 community mental health nurse and took "
            "a cut to do this, and the responsibility certainly hasn't shrunk."
        ),
        themes("pay"),
    ),
    (
        (
            "Every March we wait to hear whether the ARRS money will roll over. You can't plan longer-term group "
            "work when you don't know if your post exists next year."
        ),
        themes("pay"),
    ),
    ("Permanent contracts, not rolling 12-month ones.", themes("pay")),
    # typical: community_capacity
    (
        (
            "The asset map looks great on paper but half the groups on it have folded since Covid. The VCSE sector "
            "round here is running on fumes."
        ),
        themes("comm"),
    ),
    (
        (
            "Onward referral is the hard part. The befriending service has a waiting list of months and the nearest "
            "men's shed is two bus changes away for most of the people I see."
        ),
        themes("comm"),
    ),
    (
        "Not enough low-level mental health provision to step people down into once they've finished with me.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        (
            "I'm getting referrals that belong with the CMHT or the crisis team - active suicidal ideation, people "
            "in acute psychosis. From a risk assessment point of view that isn't what social prescribing is for, and "
            "I'm not commissioned to hold it."
        ),
        themes("refer"),
    ),
    (
        (
            "Role creep. I've gone from connecting people to groups to doing housing casework, benefit appeals and "
            "tenancy sustainment. I did that job as a housing officer and it needs a specialist."
        ),
        themes("refer"),
    ),
    (
        (
            "The complexity of who we're seeing is way beyond a social model: multiple unmet needs, substance use, "
            "domestic abuse."
        ),
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        (
            "We're asked for WEMWBS at first and last contact, but a lot of my patients find the questionnaire "
            "intrusive and the scores don't capture what's changed. There's no agreed logic model, so we're "
            "collecting numbers without a theory of change."
        ),
        themes("out"),
    ),
    (
        (
            "The reporting. Monthly KPI returns to the PCN, quarterly to the ICB, a separate spreadsheet for the "
            "charity, all asking slightly different things."
        ),
        themes("out"),
    ),
    (
        (
            "An evidence base we can actually point to. Commissioners want impact figures and we have case studies "
            "and not much else."
        ),
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        (
            "Vicarious trauma is real in this job. I hear some very distressing histories in a week and I take it "
            "all home with me."
        ),
        themes("well"),
    ),
    ("I'm exhausted. Signed off twice with stress in eighteen months.", themes("well")),
    ("Compassion fatigue. I used to be good at boundaries but I'm running on empty.", themes("well")),
    # typical: positive_experience
    (
        (
            "Honestly the most rewarding job I've had since leaving youth work. Watching a lad who hadn't left the "
            "house in a year turn up to a football session - that's why I do it."
        ),
        themes("pos"),
    ),
    (
        (
            "The practice team have embraced the role. The GPs invite me to the MDT, value my input, and I feel like "
            "a genuine member of the team."
        ),
        themes("pos"),
    ),
    ("Strengths-based working is what I trained for and this job lets me actually do it. Love it.", themes("pos")),
    # mixed
    (
        (
            "Caseload is unsafe (70+), no clinical supervision, and I'm the only one in the PCN. Something will go "
            "wrong and it'll land on me."
        ),
        themes("staff", "sup"),
    ),
    (
        (
            "I've got a Band 5 job description, Band 4 pay and the responsibility of a Band 6. When I raised it I "
            "was told there's no route to regrade because there's no senior post to move into."
        ),
        themes("pay", "career"),
    ),
    (
        (
            "The ICB wants outcomes, but nobody has given us access to the clinical system to record them in, so we "
            "keep a parallel Excel sheet that nobody trusts."
        ),
        themes("out", "it"),
    ),
    (
        (
            "Training in risk assessment and safeguarding would help, given how many high-risk people are now being "
            "sent my way - people who should really be with secondary mental health services."
        ),
        themes("train", "refer"),
    ),
    (
        (
            "GPs see 'social prescribing' on a referral and think it means a leaflet. Then when the patient doesn't "
            "improve they blame the community group. The groups are overstretched as it is: two of the ones I rely "
            "on lost their lottery funding this year."
        ),
        themes("clin", "comm"),
    ),
    (
        (
            "I love the patient work. What's grinding me down is the data entry - three systems, ONS4 at every "
            "contact, and a KPI that counts contacts rather than change."
        ),
        themes("pos", "out", "well"),
    ),
    (
        (
            "No protected CPD time, no supervision, no progression. It feels like the role was designed as a cheap "
            "add-on rather than a profession."
        ),
        themes("train", "sup", "career"),
    ),
    (
        (
            "I'm hosted by a VCSE and the PCN commissions us. Neither side owns clinical governance, so when a "
            "safeguarding concern comes up I'm not sure whose policy I'm following or who my safeguarding lead "
            "actually is."
        ),
        themes("sup"),
    ),
    ("Burnt out. Holding the risk for patients the crisis team bounce back to us.", themes("well", "refer")),
    (
        (
            "The job is fantastic and my practice manager is brilliant, but the funding ends in March and I've heard "
            "nothing."
        ),
        themes("pos", "pay"),
    ),
    (
        (
            "Being part of a proper team of link workers with a senior who has a clinical background, regular case "
            "reviews and reflective practice groups, like I had in the community team. It would also stop people "
            "leaving, which is the other big problem: we've lost three in a year and their caseloads were just "
            "shared out among the rest of us."
        ),
        themes("sup", "staff"),
    ),
    (
        (
            "Patients in the villages can't get to anything. No buses after 4pm, and the one community transport "
            "scheme needs three weeks' notice. I end up doing home visits to fill the gap, which eats into the time "
            "I have for everyone else."
        ),
        themes("comm", "staff"),
    ),
    (
        (
            "I came from a research background and it's frustrating that there's no consistent evaluation framework. "
            "Every PCN measures something different, so nothing is comparable and we can't build an evidence base. A "
            "national minimum dataset would help."
        ),
        themes("out"),
    ),
    (
        (
            "Clinicians pass over anything 'social' - debt, housing disrepair, immigration problems - as if we're a "
            "one-stop shop. I haven't got that knowledge and I worry I'll give the wrong advice."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "Remote access. I'm hosted by the council and work off a council laptop, so I can only see the GP record "
            "when I'm physically in the surgery on a Tuesday."
        ),
        themes("it"),
    ),
    (
        (
            "The money is poor for what's expected, there's no next step up, and the strain of holding people with "
            "nowhere to send them has me looking at going back to nursing."
        ),
        themes("pay", "career", "well", "comm"),
    ),
    (
        (
            "Clinical governance is a grey area. We hold risk with no mandated supervision and no clear escalation "
            "route when I'm worried about someone."
        ),
        themes("sup"),
    ),
    (
        (
            "Something for our own wellbeing. I spend all day holding other people's distress and it's starting to "
            "show in my sleep."
        ),
        themes("well"),
    ),
    (
        (
            "I'd like the GPs to understand that six sessions isn't enough for someone with thirty years of trauma. "
            "We're being asked to do therapy in all but name."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "Commissioners set KPIs on number of referrals seen, which pushes us towards quick signposting rather "
            "than the person-centred work that actually changes things."
        ),
        themes("out"),
    ),
    (
        (
            "The VCSE organisations I refer to are expected to absorb our referrals with no funding following the "
            "patient. It isn't sustainable and some have started saying no."
        ),
        themes("comm"),
    ),
    (
        (
            "I'm a qualified OT and there's no way from here into anything like an advanced practitioner or "
            "consultant-level role. Feels like a waste of what I bring."
        ),
        themes("career"),
    ),
    ("More link workers. More admin. Fewer KPIs.", themes("staff", "out")),
    (
        (
            "I think the PCN sees us as a way of taking pressure off appointments rather than a service in its own "
            "right. Nobody asks what we actually do with people."
        ),
        themes("clin"),
    ),
    (
        (
            "Youth worker by background. Young people's services here have been gutted - no youth clubs left, CAMHS "
            "waits over a year - so when a GP refers a 15-year-old there's very little to connect them with, and "
            "often they need far more than I can offer."
        ),
        themes("comm", "refer"),
    ),
    ("Honestly? A pay rise and a contract that goes past next March.", themes("pay")),
    (
        (
            "Strengths-based practice gets lip service in the practice. The nurses refer because someone 'needs a "
            "hobby'."
        ),
        themes("clin"),
    ),
    # near-miss
    (
        (
            "A lot of my patients are carers who are completely burnt out. Getting them some respite and a peer "
            "group has been the best part of the job."
        ),
        themes("pos"),
    ),
    (
        (
            "I co-facilitate a six-week self-management course for patients with long-term conditions, modelled on "
            "the expert patient programme, alongside the practice nurse."
        ),
        themes(),
    ),
    (
        "The GPs here are excellent: approachable, they read my notes and they ask for my view at the MDT.",
        themes("pos"),
    ),
    (
        (
            "Patients' stress levels around the cost of living are through the roof; most of my conversations start "
            "with money."
        ),
        themes(),
    ),
    (
        (
            "Supervising the volunteer befrienders I coordinate takes up Friday mornings. It's one of my favourite "
            "parts of the week."
        ),
        themes("pos"),
    ),
    (
        (
            "We collect ONS4 at the start and end and it's straightforward - the practice built a template that does "
            "it for us."
        ),
        themes("pos"),
    ),
    (
        (
            "I did the NHSE online learning modules when I started and the Personalised Care Institute training. "
            "Both were useful."
        ),
        themes("pos"),
    ),
    (
        (
            "Our PCN has just recruited two more link workers and a health and wellbeing coach, so the waiting list "
            "has gone."
        ),
        themes("pos"),
    ),
    (
        (
            "My background is adult safeguarding, so I tend to be the person the team consults on that. I'm happy to "
            "be."
        ),
        themes("pos"),
    ),
    (
        (
            "Young people I see often talk about feeling isolated at school, so we've set up a peer mentoring group "
            "with the local college."
        ),
        themes(),
    ),
    (
        (
            "IT installed EMIS on my laptop on day one and I had my smartcard within the week. Made a huge "
            "difference."
        ),
        themes("pos"),
    ),
    (
        (
            "I'm on a permanent contract with the trust, on the same Agenda for Change terms as my nursing "
            "colleagues, which was a big part of why I took the job."
        ),
        themes("pos"),
    ),
    (
        (
            "Most of my referrals are for loneliness and low mood, which is exactly the bread and butter of social "
            "prescribing."
        ),
        themes("pos"),
    ),
    # no theme
    (
        (
            "I work across a PCN of five practices covering a mixed urban and coastal population, hosted by a local "
            "housing association."
        ),
        themes(),
    ),
    (
        (
            "Most of my work is with older adults, often after discharge from hospital, and a fair amount of it is "
            "home visits."
        ),
        themes(),
    ),
    ("Will the results of this survey be shared with the link workers who took part?", themes()),
    ("I use a what-matters-to-you conversation rather than what's-the-matter-with-you.", themes()),
    (
        (
            "We've recently moved from a practice-based to a place-based model, with link workers aligned to "
            "neighbourhoods."
        ),
        themes(),
    ),
    ("Probably better links with the hospital discharge teams.", themes()),
    # non-response
    ("n/a", themes()),
    ("Nothing further to add, thanks.", themes()),
    ("-", themes()),
    ("See previous answer.", themes()),
    ("No.", themes()),
    ("Not at this time", themes()),
]


# Written blind like HOLDOUT_9, by a thirty-ninth engineer: topics outside the frame (rooms and hot-desking, parking
# and mileage, lone working, work phones, travel between sites, leave cover, the survey itself) beside those in it,
# and near-misses where a frame word names someone else's concern; labelled before the first run (against 1.21.0).
HOLDOUT_47: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        "Half the practice still think I'm there to book taxis and fill in blue badge forms. "
        "I'd also like a desk of my own, I move rooms every day depending on which GP is in.",
        themes("clin"),
    ),
    (
        "Three years in and I still get asked if I'm the new receptionist.",
        themes("clin"),
    ),
    (
        "Clinicians across the PCN need to be told what we can and can't do - some of the nurses had never heard of "
        "social prescribing until last month. Separate thing, but parking at the main site is a nightmare and I'm "
        "often late for my first patient because of it.",
        themes("clin"),
    ),
    # typical: career_progression
    (
        "Where do I go from here? I've done this four years, there's no senior post anywhere in our ICB, and the "
        "only step up is into management, which isn't what I want.",
        themes("career"),
    ),
    ("A career framework. Band 4 forever isn't a plan.", themes("career")),
    (
        "It feels like a stepping-stone job - people do two years then leave for something with a ladder. I'd stay "
        "if there was a lead role to aim for. Also my lanyard still says 'care navigator', which I'm not.",
        themes("career"),
    ),
    # typical: training_development
    (
        "Proper grounding in benefits and housing law so I'm not googling it while the patient sits there waiting. "
        "Our room has no window and no signal, which doesn't help either.",
        themes("train"),
    ),
    (
        "Courses that are more than a one-hour webinar. Something accredited would be good.",
        themes("train"),
    ),
    (
        "My induction was a login and a list of phone numbers. I'd have loved a few weeks shadowing someone "
        "experienced before being handed a caseload.",
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        "There's one of me for 42,000 patients over three surgeries. New people wait about eight weeks to see me now, "
        "and I lose an hour a day in the car.",
        themes("staff"),
    ),
    (
        "We need another link worker, full stop. Referrals have doubled since the frailty team started sending to us.",
        themes("staff"),
    ),
    (
        "Somebody to book appointments and chase the DNAs would free up a good chunk of my week. On Tuesdays there's "
        "no room for me at all so I ring people from the staff kitchen.",
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        "I can read EMIS but not write in it, so I email the practice manager to add my notes for me. Waste of both "
        "our time.",
        themes("it"),
    ),
    (
        "I'm employed by the council and the PCN won't issue me a laptop, so on my office days I can't see anything "
        "about the people I'm phoning. I'm also using my own mobile for everything.",
        themes("it"),
    ),
    (
        "Seven months and still no smartcard. When I do get on SystmOne it would be nice if someone showed me which "
        "codes to use.",
        themes("it"),
    ),
    # typical: supervision_support
    (
        "I'm the only link worker in the PCN and there's nobody to talk to after a hard conversation. Regular "
        "supervision with someone who knows this work would make a big difference.",
        themes("sup"),
    ),
    (
        "My manager is at the charity's head office forty miles away and I've seen her twice this year.",
        themes("sup"),
    ),
    (
        "We used to have a local network where link workers met up monthly, it stopped when the coordinator left and "
        "I miss it. Also please sort out the hot desks, I never know where I'm sitting.",
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        "My contract ends in March and nobody can tell me if the ARRS money carries on. Hard to plan your life "
        "like that.",
        themes("pay"),
    ),
    (
        "The salary doesn't match the responsibility. I earn less than some of the reception team and I'm the one "
        "doing home visits on my own.",
        themes("pay"),
    ),
    (
        "Mileage at 28p doesn't cover the fuel, but the bigger worry is whether I'll still have a job - we're on "
        "one-year contracts and the charity has to win the bid again in the autumn.",
        themes("pay"),
    ),
    # typical: community_capacity
    (
        "There's nothing to send people to out in the villages. No buses after five and the nearest men's shed is "
        "twenty miles away.",
        themes("comm"),
    ),
    (
        "Half the groups I relied on have folded since their funding went. The befriending service has a six month "
        "wait.",
        themes("comm"),
    ),
    (
        "Money for the voluntary sector, otherwise what am I connecting people to? And a parking permit for the town "
        "centre surgery please.",
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        "I get sent people in active crisis because the crisis team won't take them, and that's not what social "
        "prescribing is for. I also do home visits alone and nobody knows where I am.",
        themes("refer"),
    ),
    (
        "Safeguarding, eviction notices, debts in the thousands - it all lands on my desk and it's far beyond what a "
        "link worker can do.",
        themes("refer"),
    ),
    (
        "By the time people reach me they've got three diagnoses, an addiction and nowhere safe to live. A few "
        "sessions with me isn't going to touch that.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        "ONS4 at the start and end takes ages and half my patients don't want to answer it.",
        themes("out"),
    ),
    (
        "We're told to prove impact but nobody agrees what to count. The PCN wants numbers, the charity wants case "
        "studies, and I end up producing both.",
        themes("out"),
    ),
    (
        "Something simpler for showing what difference we make. I spend Friday afternoons on spreadsheets in the "
        "corridor because there's never a free room.",
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        "I'm exhausted. I take people's stories home with me and I've had two weeks off with stress this year.",
        themes("well"),
    ),
    ("Running on empty. Some weeks I cry in the car between visits.", themes("well")),
    (
        "The emotional side of this job is badly underestimated and it's wearing me down. Also our lone working "
        "policy is just 'text your manager', which isn't really a policy.",
        themes("well"),
    ),
    # mixed
    ("No room, no laptop, no supervision. I'm basically working out of my car.", themes("it", "sup")),
    (
        "Caseload is huge and I keep being sent people with complicated housing problems that I can't fix. I'm "
        "shattered by Thursday.",
        themes("staff", "refer", "well"),
    ),
    (
        "Better pay and an actual route up, otherwise good people will keep walking. And mileage for going between "
        "our sites.",
        themes("pay", "career"),
    ),
    (
        "When it works the job is brilliant - last week a man who hadn't left his flat in a year came to choir with "
        "me. But I'm fixed term and I've no idea if I'll be here in April.",
        themes("pos", "pay"),
    ),
    (
        "We've been told to use WEMWBS but nobody has shown us how to score it or what to do with the results. A "
        "session on that would help.",
        themes("train", "out"),
    ),
    (
        "I need SystmOne at the hospice where I'm based two days a week, and a supervisor who actually knows social "
        "prescribing rather than a practice manager.",
        themes("it", "sup"),
    ),
    (
        "Local groups are full or have shut, so people stay with me longer, so the list grows. Vicious circle.",
        themes("comm", "staff"),
    ),
    (
        "The GPs are lovely but the nurses don't really know what I do - a slot at a practice meeting would help. "
        "A locker would be nice too, I carry everything round in a rucksack.",
        themes("pos", "clin"),
    ),
    (
        "I'm on my own, no team, rolling contract. Some days it's very lonely.",
        themes("sup", "pay"),
    ),
    (
        "I've had people disclose abuse and self-harm in what was meant to be a chat about a gardening group, and "
        "then there's no one to debrief with. It stays with you.",
        themes("refer", "sup", "well"),
    ),
    (
        "The monthly return to the ICB is ridiculous and none of it captures the real work. Last year's survey asked "
        "the same things and we never heard back either.",
        themes("out"),
    ),
    ("More link workers, a career path, and a room that isn't a cupboard.", themes("staff", "career")),
    (
        "I paid for my own counselling skills course because there's no learning budget. On what we're paid, that "
        "hurt.",
        themes("train", "pay"),
    ),
    (
        "Lone working at evening events is a worry and the phone they gave me has no data. Beyond that, the "
        "emotional load has got heavier since covid and I'm tired all the time.",
        themes("well"),
    ),
    (
        "We're not seen as clinical so we're left out of the MDT, and every course on offer is for nurses.",
        themes("clin", "train"),
    ),
    (
        "The template on EMIS doesn't have the right codes for what I do, so my numbers look tiny at review time.",
        themes("it", "out"),
    ),
    (
        "Not enough hours in the week, not enough places to send people, and not enough money to stay in the job. "
        "Other than that it's the best job I've had.",
        themes("staff", "comm", "pay", "pos"),
    ),
    # out-of-frame wording, in-frame concern
    (
        "Hot-desking means I never get the PC with EMIS on it - the spare one only has Word.",
        themes("it"),
    ),
    (
        "Six practices across the patch means I spend more time driving than seeing anybody. One person can't "
        "cover that.",
        themes("staff"),
    ),
    (
        "Since our manager left nobody has signed off my annual leave or done a one-to-one with me in months.",
        themes("sup"),
    ),
    (
        "Lone visits to people who are actively suicidal shouldn't be happening. They come to me because mental "
        "health services won't see them.",
        themes("refer"),
    ),
    (
        "Working from home on Fridays would be fine if I had something that connected to the practice system. At "
        "the moment I print lists and take them home, which I know isn't great.",
        themes("it"),
    ),
    # near-miss
    (
        "A lot of my patients are stressed about money and housing, which is exactly the work and I enjoy it. What "
        "would help me is a proper room - I see people wherever is free, sometimes that's the baby clinic.",
        themes("pos"),
    ),
    (
        "Many of the people I see are stuck waiting for hospital treatment - hips, knees, the memory clinic - and "
        "helping them stay connected while they wait is one of the most rewarding parts of the job. My only real "
        "ask is that mileage claims stop going missing.",
        themes("pos"),
    ),
    (
        "Most of my clients are on minimum wage or zero-hours contracts, and that's where the benefits help comes "
        "in. No complaints about my own job really, I just wish the car park wasn't so small.",
        themes(),
    ),
    (
        "I train the volunteers who run our walk and talk group, which I love. The only thing I'd change is getting "
        "an ID badge that opens the security doors at the hospital site.",
        themes("pos"),
    ),
    (
        "Our senior partner is clearly burnt out and I worry about him. He's backed social prescribing from day "
        "one though.",
        themes("pos"),
    ),
    (
        "I run sessions teaching patients to use the NHS app and a digital skills course at the library. It would "
        "help to have a room big enough for eight people.",
        themes(),
    ),
    (
        "Plenty of the people I see are on the list for talking therapies and I keep in touch with them until "
        "they're seen. I'd like this survey to ask about estates, because our building is falling apart.",
        themes(),
    ),
    (
        "Patients often tell me the GP doesn't understand them. I try to be the person who listens.",
        themes(),
    ),
    ("The GPs here are fantastic and send me the right people. I feel part of the team.", themes("pos")),
    (
        "I help people with pay slips, Universal Credit journals and PIP forms most weeks, and it's some of the most "
        "useful work I do.",
        themes("pos"),
    ),
    (
        "One of our practice nurses is off with burnout and reception are stretched too. I just try to keep my door "
        "open for them.",
        themes(),
    ),
    (
        "The NASP online modules are great and my manager gives me time in the week to do them.",
        themes("pos"),
    ),
    (
        "The community here is amazing - there's a group for almost everything and the VCSE partners always ring "
        "back.",
        themes("pos"),
    ),
    ("Recording is fine, we use Elemental and it's easy.", themes("pos")),
    # no theme
    ("Parking, honestly.", themes()),
    (
        "Hot-desking is a pain. I spend the first twenty minutes of every day finding somewhere to sit and plugging "
        "everything back in.",
        themes(),
    ),
    (
        "A personal alarm for home visits. There have been a couple of incidents locally and our lone working policy "
        "hasn't been updated since 2019.",
        themes(),
    ),
    (
        "Please can we have work mobiles. Patients have my personal number now and text me at weekends, which isn't "
        "ideal.",
        themes(),
    ),
    (
        "Dress code is unclear - one practice says smart casual, the other wants me in a tunic. Small thing but it "
        "keeps coming up.",
        themes(),
    ),
    (
        "Booking annual leave is a saga. The charity wants it on their system, the practice wants it on their rota, "
        "and neither talks to the other.",
        themes(),
    ),
    ("This survey is far too long and some questions don't apply if you're hosted by a charity.", themes()),
    (
        "Could the PCN sort a pool car or bus pass for getting between sites? Walking ten minutes in the rain with "
        "a laptop bag is no fun.",
        themes(),
    ),
    ("Would be good to know what happens to the results of this. We did it last year and heard nothing.", themes()),
    ("The room I use has no window and the heating doesn't work in winter.", themes()),
    # non-response
    ("n/a", themes()),
    ("No.", themes()),
    ("Nothing to add at the moment, thanks", themes()),
    ("-", themes()),
    ("see above", themes()),
    ("Not really", themes()),
]


# Written blind like HOLDOUT_9, by a fortieth engineer: asks addressed to NHS England and national policy (what
# NHSE, the DES or ARRS should do, the Information Standard, SNOMED, the workforce plan, the survey's own questions)
# in the register of a consultation response; labelled before the first run (against 1.21.0).
HOLDOUT_48: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        ("NHSE should run a national awareness campaign aimed at GPs and practice managers explaining what the "
        "SPLW role is and what it is not. Too many of us are still being used as an extra receptionist or to "
        "chase DNAs, because the DES specification leaves it so vague."),
        themes("clin"),
    ),
    (
        ("The national guidance on the role needs to actually reach practices rather than sitting on FutureNHS. "
        "My clinical director has never read it and still thinks I'm there to sort out blue badge forms."),
        themes("clin"),
    ),
    (
        ("Recognition from the top that we are a professional workforce and not a leaflet rack. The messaging to "
        "primary care from NHS England has to be much clearer on this point."),
        themes("clin"),
    ),
    # typical: career_progression
    (
        ("There is no career framework for SPLWs. NHSE should publish one, with senior and lead link worker posts "
        "defined so that ARRS can fund them; otherwise someone with five years' experience sits on the same band "
        "as someone who started last week."),
        themes("career"),
    ),
    (
        ("The workforce plan mentions ARRS roles repeatedly but says nothing about where a link worker goes after "
        "three or four years. Nationally we need a route up that doesn't mean leaving social prescribing."),
        themes("career"),
    ),
    ("Where do I go from here? Same job in ten years unless I retrain as something else.", themes("career")),
    # typical: training_development
    (
        ("A nationally recognised qualification for link workers, funded by NHSE, rather than the patchy online "
        "modules we have now. The e-learning on the Learning Hub is out of date and barely touches on "
        "motivational interviewing or trauma-informed practice."),
        themes("train"),
    ),
    (
        ("The DES should ring-fence protected learning time and a CPD budget for ARRS staff in the same way "
        "clinicians get it. At present any course I attend comes out of patient time and my PCN won't pay fees."),
        themes("train"),
    ),
    (
        ("Would welcome a proper induction set nationally. I was handed a laptop and a list of local groups on "
        "day one and that was it."),
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        ("The ARRS allocation does not stretch to the population. One link worker for a PCN of 55,000 patients is "
        "not a service, it is a queue. NHSE should set a recommended ratio of link workers to list size."),
        themes("staff"),
    ),
    (
        ("Please consider in the next GP contract round that there is no admin resource built in for us. I spend "
        "hours booking rooms and chasing paperwork, which comes straight out of patient contact."),
        themes("staff"),
    ),
    (
        ("People are now waiting eleven weeks for a first appointment with me. Nobody at national level seems to "
        "have noticed."),
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        ("NHSE should make it a condition of the DES that every link worker has a smartcard and full read/write "
        "access to the clinical record. I am hosted by a charity and still have to email the practice to get a "
        "note added."),
        themes("it"),
    ),
    (
        ("The SNOMED codes for social prescribing are confusing and nobody has shown us which ones to use in "
        "SystmOne. National guidance on coding, with actual training on the system, would help."),
        themes("it"),
    ),
    ("Remote access. I work across four sites and can only log on at one of them.", themes("it")),
    # typical: supervision_support
    (
        ("There should be a national expectation that every SPLW receives monthly clinical supervision from "
        "someone qualified to provide it. Mine is done by the practice manager, who has no idea what to do with "
        "the disclosures I bring to her."),
        themes("sup"),
    ),
    (
        ("I'm the only link worker in my PCN and there's nobody to talk things through with. NHSE could fund "
        "regional peer networks that meet properly, not a once-a-year webinar."),
        themes("sup"),
    ),
    (
        ("Being managed by someone who understands social prescribing, not a GP partner who sees me for ten "
        "minutes a quarter."),
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        ("ARRS funding is only ever confirmed year to year, so every March we are told our posts may not "
        "continue. NHSE should commit to multi-year funding so that people can plan their lives."),
        themes("pay"),
    ),
    (
        ("The banding in the national job description does not reflect the complexity of what we hold and should "
        "be reviewed."),
        themes("pay"),
    ),
    ("12 month fixed term, third year running.", themes("pay")),
    # typical: community_capacity
    (
        ("Social prescribing only works if there is something to prescribe to. National policy keeps growing the "
        "number of link workers while the VCSE groups we rely on close for lack of funding. There needs to be a "
        "national fund for the community sector alongside the ARRS money."),
        themes("comm"),
    ),
    (
        ("Nationally it needs to be recognised that rural areas have almost no buses. I can find someone a lovely "
        "walking group but they have no way of getting to it."),
        themes("comm"),
    ),
    ("Half the groups in our directory have folded since Covid.", themes("comm")),
    # typical: referral_appropriateness
    (
        ("NHSE guidance should state clearly what falls outside the SPLW remit. I regularly receive referrals for "
        "people in mental health crisis or with open safeguarding concerns, simply because the GP has nowhere "
        "else to send them."),
        themes("refer"),
    ),
    (
        "The job has crept into debt advice, housing casework and PIP appeals. Those need specialist workers.",
        themes("refer"),
    ),
    (
        ("It isn't safe for us to hold people who are actively suicidal, yet that's who I'm being sent. The "
        "national service specification needs a clear exclusion list."),
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        ("The Information Standard has doubled the time I spend on data entry. Please can NHSE review whether "
        "every field is actually used by anyone."),
        themes("out"),
    ),
    (
        ("We are asked to evidence impact but there is no agreed national outcome measure. Some PCNs use ONS4, "
        "some WEMWBS, some nothing at all, so there is no way to compare services or make the case for ours."),
        themes("out"),
    ),
    ("Stop changing what we have to report on every year.", themes("out")),
    # typical: wellbeing_burnout
    (
        ("NHSE should acknowledge the emotional toll of this job. We hear about abuse, bereavement and suicide "
        "every week, and several colleagues in my area have been signed off with stress this year."),
        themes("well"),
    ),
    ("I'm exhausted. Genuinely don't know how much longer I can keep going.", themes("well")),
    (
        ("Please ask about our wellbeing in this survey and then do something with the answers. Burnout in this "
        "workforce is real and it's why people are leaving."),
        themes("well"),
    ),
    # typical: positive_experience
    (
        ("I would like NHS England to know this is the best job I have ever had. Seeing someone leave the house "
        "for the first time in two years makes it all worthwhile."),
        themes("pos"),
    ),
    (
        ("Our PCN has been brilliant at embedding us in the team. Other areas could learn from how it has been "
        "done here; perhaps NHSE could share examples like ours nationally."),
        themes("pos"),
    ),
    (
        "The NASP events and the regional social prescribing network have been really valuable to me.",
        themes("pos"),
    ),
    # mixed
    (
        ("In answer to 'what would help you': a single national framework that ties together banding, "
        "progression and supervision. At present each PCN makes it up, so one link worker is on band 3 with no "
        "supervision and the next is on band 5 with a psychologist to talk to. That inconsistency is the biggest "
        "thing NHSE could fix."),
        themes("pay", "career", "sup"),
    ),
    (
        ("The DES expects us to record referrals and outcomes, yet half of us can't write to the record. Sort out "
        "access first and the data will follow."),
        themes("it", "out"),
    ),
    (
        ("The workforce plan talks about expanding the ARRS, yet our contracts end next March and nobody can tell "
        "us whether we'll be kept on. The worry is affecting my sleep and it is very hard to stay motivated."),
        themes("pay", "well"),
    ),
    (
        ("We have gone from 180 referrals a year to over 400 with the same two link workers, and a lot of them "
        "are people with complex housing and debt problems we are not set up to deal with. Something has to "
        "give."),
        themes("staff", "refer"),
    ),
    (
        ("Nationally there has been a great deal of focus on recruiting link workers and very little on what "
        "happens to them once they are in post. No supervision, no training budget, no career structure. "
        "Unsurprisingly, people burn out and leave after eighteen months."),
        themes("sup", "train", "career", "well"),
    ),
    (
        ("NHSE guidance tells PCNs to use ONS4 but says nothing about how to build it into the clinical system. "
        "So I have a paper form and a spreadsheet."),
        themes("out", "it"),
    ),
    (
        ("My GPs are supportive and I love the work, but the community offer in our town has shrunk to almost "
        "nothing since the council cut its grants."),
        themes("pos", "comm"),
    ),
    (
        ("I would like the national team to speak to practice managers directly. They see us as a cheap way to "
        "offload anything non-medical and then wonder why the waiting list is so long."),
        themes("clin", "staff"),
    ),
    (
        ("Disappointing that the Information Standard was introduced without any training on the SNOMED codes "
        "behind it. We were sent a PDF."),
        themes("out", "it"),
    ),
    (
        ("Clinicians in our PCN now send everything our way 'because you've got time to listen'. We have become "
        "the place for the patients nobody else can help, and some of those cases stay with me long after I've "
        "gone home."),
        themes("clin", "refer", "well"),
    ),
    (
        ("NHSE should fund the outcome tools properly (MYCAW licences cost money and the PCN won't pay) and offer "
        "a national wellbeing programme for link workers, because the vicarious trauma in this job is real."),
        themes("out", "well"),
    ),
    (
        ("What would help: a laptop that works away from the surgery, a named supervisor, and an end to yearly "
        "contracts."),
        themes("it", "sup", "pay"),
    ),
    (
        ("Broadly agree with the national direction of travel, but the evidence base is thin. The national "
        "evaluation should look at long-term change for patients rather than counts of referrals, and should be "
        "funded centrally rather than left to each PCN to do."),
        themes("out"),
    ),
    (
        ("Training on benefits and housing law would be useful, as that's what most people bring to me now, even "
        "though it really should go to Citizens Advice, who have closed their drop-in."),
        themes("train", "refer", "comm"),
    ),
    (
        ("I feel listened to by my clinical director and the practice nurses have started inviting me into their "
        "clinics. The bigger frustration is national: we are still not treated as a profession in the way the "
        "clinical ARRS roles are, so whether you are respected depends entirely on where you happen to work."),
        themes("pos", "clin"),
    ),
    (
        ("As a lead, I would ask NHSE to stop treating link workers as a generic ARRS slot. PCNs weigh us against "
        "a pharmacy technician each year depending on what's cheaper, which makes everyone's post precarious and "
        "tells you exactly how the role is regarded."),
        themes("pay", "clin"),
    ),
    (
        ("Response on behalf of our SPLW team (six staff): 1) caseload caps written into the DES; 2) a minimum "
        "standard for clinical supervision; 3) read/write access to records as standard; 4) a national minimum "
        "dataset that is actually built into the systems we use."),
        themes("staff", "sup", "it", "out"),
    ),
    (
        ("The people being sent to us are more unwell and more complicated every year, the groups I'd normally "
        "link them with have queues of their own, and I'm running on empty."),
        themes("refer", "comm", "well"),
    ),
    (
        ("Recording outcomes sometimes takes longer than the appointment itself. Either give us admin help or "
        "fewer targets."),
        themes("out", "staff"),
    ),
    ("Honestly? Being taken seriously. The nurses think I'm there to find people a lunch club.", themes("clin")),
    (
        ("A national pay scale for VCSE-hosted link workers. We do the same job as PCN-employed colleagues for "
        "about £4,000 less, with no NHS pension, and our grant ends next year."),
        themes("pay"),
    ),
    ("Career pathway and a pay rise.", themes("career", "pay")),
    (
        ("Survey feedback: you ask about challenges but never about what's going well. I would have said my team, "
        "who are fantastic."),
        themes("pos"),
    ),
    (
        ("The hardest part is being on my own. I cover three practices with no one to pick up when I'm on leave "
        "and no one to ask when a case is worrying me."),
        themes("staff", "sup"),
    ),
    # near-miss
    (
        ("A lot of my patients are stressed about the cost of living and I spend much of my time helping them "
        "apply for hardship grants. It's rewarding when it comes off."),
        themes("pos"),
    ),
    (
        ("I run a six-week course for patients on managing low mood, which the GPs at my practice have been "
        "really supportive of."),
        themes("pos"),
    ),
    (
        "My own supervision is excellent: I meet monthly with a counsellor funded by the host charity.",
        themes("pos"),
    ),
    (
        ("The data I collect shows patients' WEMWBS scores rising by six points on average, and my PCN presents "
        "it to the ICB every quarter. It's good to be able to show the difference we make."),
        themes("pos"),
    ),
    (
        ("Patients often tell me they are burnt out from caring for relatives, so I have set up a carers' peer "
        "support group at the surgery."),
        themes(),
    ),
    ("The GPs here refer appropriately and always talk complex patients through with me first.", themes("pos")),
    (
        ("Our local authority has just funded three new community hubs, which has made a real difference to what "
        "I can offer people."),
        themes("pos"),
    ),
    ("I'm on a permanent contract with the PCN and feel secure.", themes("pos")),
    (
        ("Patients struggle to get GP appointments and often come to me because they cannot get through on the "
        "phone in the morning."),
        themes(),
    ),
    ("Patients don't understand what social prescribing is and assume I'm a counsellor.", themes()),
    ("I trained as a Mental Health First Aider last year through the PCN, which was excellent.", themes("pos")),
    (
        "We have full EMIS access and the SNOMED codes are straightforward once you get used to them.",
        themes("pos"),
    ),
    (
        ("The survey question on 'supervision' is ambiguous: do you mean line management or clinical supervision? "
        "I have both so I ticked yes, but others may read it differently."),
        themes(),
    ),
    (
        ("Many of the people I see are isolated and worn out, especially older men living alone after a "
        "bereavement."),
        themes(),
    ),
    # no theme
    (
        ("Social prescribing should sit within the prevention agenda of the 10 Year Plan and be joined up with "
        "public health commissioning."),
        themes(),
    ),
    (
        ("I'd like to see more joint working nationally between link workers, health and wellbeing coaches and "
        "care coordinators."),
        themes(),
    ),
    (
        "Question 14 should allow more than one employer type, as I am employed by the PCN but hosted by Age UK.",
        themes(),
    ),
    ("Please publish the results of this survey so we can see what colleagues said.", themes()),
    (
        ("NHSE should look at how social prescribing links to the Core20PLUS5 approach, particularly in our most "
        "deprived wards."),
        themes(),
    ),
    # non-response
    ("n/a", themes()),
    ("Nothing further to add at this time.", themes()),
    ("-", themes()),
    ("See my answer to the previous question.", themes()),
    ("None.", themes()),
    ("No thank you", themes()),
]


# Written blind like HOLDOUT_9, by a forty-first engineer: personal circumstances as context (part-time hours,
# caring, disability and reasonable adjustments, neurodivergence, menopause, a second job, return from leave; the
# circumstance alone is no theme); labelled before the first run (against 1.22.0).
HOLDOUT_49: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        (
            "Since I dropped to three days a week the reception team seem to see me as a part-time helper rather "
            "than a practitioner. They book me people who just want a form filled in or a blue badge application "
            "doing. I'd like the practice manager to actually explain to staff what social prescribing is."
        ),
        themes("clin"),
    ),
    (
        (
            "I'm the only man in a team of nurses and HCAs and I think half of them assume I'm there to fix the "
            "printers. Nobody at the surgery has ever asked what I actually do with patients."
        ),
        themes("clin"),
    ),
    (
        (
            "Being dyslexic I already work twice as hard on my notes, so it stings when a GP writes 'see the "
            "signposter' on a referral as if I just hand out leaflets. Some recognition from the clinical side "
            "that this is skilled work would go a long way."
        ),
        themes("clin"),
    ),
    # typical: career_progression
    (
        (
            "Five years in and I'm on exactly the same band I started on. With two kids and a mortgage I can't "
            "afford to retrain, but there's nowhere to go from here - no senior post, no lead, nothing."
        ),
        themes("career"),
    ),
    (
        (
            "Part-timers are invisible when the coordinator jobs come up. I asked about stepping up and was told "
            "the lead has to be full time, which rules out anyone with caring responsibilities."
        ),
        themes("career"),
    ),
    (
        (
            "A proper ladder. I came back from maternity leave to find the one 'senior' post had gone to someone "
            "who joined after me, and there's still nothing written down about how you'd ever get there."
        ),
        themes("career"),
    ),
    # typical: training_development
    (
        (
            "All the PCN learning sessions are on Wednesdays, which is my non-working day because I look after my "
            "dad. Recordings or a second date would mean I could actually keep up."
        ),
        themes("train"),
    ),
    (
        (
            "I'm autistic and the big group training days are really hard for me. I'd get far more from "
            "self-paced modules, and a small budget towards a counselling skills certificate I could do in my "
            "own time."
        ),
        themes("train"),
    ),
    (
        (
            "My induction was a login and a list of phone numbers. I knew nothing about benefits, housing or how "
            "to run a group, and I've taught myself most of it from videos in the evenings after my other job."
        ),
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        (
            "I'm contracted 22.5 hours but I've been given the same target as my full-time colleague. There's a "
            "three-month wait to see me now and the list grows on the days I'm not in."
        ),
        themes("staff"),
    ),
    (
        (
            "Since my colleague went off long-term sick nobody has been brought in to cover, so I'm running both "
            "our lists across four surgeries."
        ),
        themes("staff"),
    ),
    (
        (
            "Someone to do the booking and reminder calls. I have ADHD and the phone constantly interrupting me "
            "breaks my concentration, so half my day goes on rebooking rather than seeing people."
        ),
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        (
            "I use screen-reading software because of my sight and it doesn't work with the clinical system, so "
            "colleagues have to read records out to me. Eighteen months on, that adjustment still isn't sorted."
        ),
        themes("it"),
    ),
    (
        (
            "Coming back after maternity leave my smartcard had been cancelled and it took seven weeks to get a "
            "new one. Seven weeks of not being able to open a single patient record."
        ),
        themes("it"),
    ),
    (
        (
            "I split my week between the practice and home because of my son's hospital appointments, but I've "
            "no work laptop, so home days are phone calls and scribbled notes I type up later."
        ),
        themes("it"),
    ),
    # typical: supervision_support
    (
        (
            "I work two days a week and never overlap with the other link worker, so there's nobody to talk "
            "cases through with. My 'supervisor' is the practice manager, who has no background in this at all."
        ),
        themes("sup"),
    ),
    (
        (
            "It would mean a lot to have a space with other Black and Asian link workers. I'm the only person of "
            "colour in our PCN team and there are things I just can't raise with my manager."
        ),
        themes("sup"),
    ),
    (
        (
            "My line manager has changed four times in two years. Each time I re-explain my menopause adjustments "
            "from scratch, and nobody has held a one-to-one with me since the spring."
        ),
        themes("sup"),
    ),
    # typical: pay_job_security
    ("I do bar shifts at weekends to make ends meet. Band 4 for what we carry isn't enough.", themes("pay")),
    (
        (
            "Our contract runs to March and nobody will say whether the ARRS money continues. I'm the main earner "
            "and I have a disabled daughter - I can't just wait and see."
        ),
        themes("pay"),
    ),
    (
        (
            "I found out on my return from maternity leave that my post is grant-funded and has only been "
            "extended by six months. I'd been led to believe it was permanent."
        ),
        themes("pay"),
    ),
    # typical: community_capacity
    (
        (
            "I don't drive because of my epilepsy, so I know exactly how hard it is for patients out here. There's "
            "one bus a day from most of our villages and the nearest group is twenty miles away."
        ),
        themes("comm"),
    ),
    (
        (
            "The local carers' centre shut last year. I'm a carer myself so I feel it twice over - there's "
            "nowhere to send the carers on my list now."
        ),
        themes("comm"),
    ),
    (
        (
            "I've been back from sick leave four months and half the groups I used to use have folded since "
            "their money went. I'm pointing people at a waiting list at the one charity that's left."
        ),
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        (
            "I'm not a mental health worker, but I keep getting people straight off the crisis team with "
            "suicidal thoughts. I've had depression myself and those calls stay with me for days."
        ),
        themes("refer", "well"),
    ),
    (
        (
            "Debt and eviction cases land with me because the surgery doesn't know where else to put them. I do "
            "18 hours a week; I can't be a housing caseworker as well."
        ),
        themes("refer"),
    ),
    (
        "Safeguarding cases marked 'SP please' while I'm on a phased return. Not what a phased return should be.",
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        (
            "Doing WEMWBS at the start and end of every contact eats a big chunk of my 20 hours. I'd rather spend "
            "that time with the patient."
        ),
        themes("out"),
    ),
    (
        (
            "I'm dyspraxic and the monthly reporting spreadsheet is a nightmare: tiny cells, loads of tabs, "
            "numbers copied across by hand. I'd love a simpler way of showing the difference we make."
        ),
        themes("out"),
    ),
    (
        (
            "Commissioners want case studies every quarter on top of the stats, and I write them at night once "
            "the kids are in bed because there's no slot for it in the working week."
        ),
        themes("out"),
    ),
    # typical: wellbeing_burnout
    (
        (
            "I was signed off with stress for six weeks last winter. Came back to the same list and nobody asked "
            "how I was."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "Menopause plus listening to people's trauma all day is wiping me out. Some evenings I sit in the car "
            "for twenty minutes before I can drive home."
        ),
        themes("well"),
    ),
    ("Carer at home, carer at work. There's no off switch and I'm running on empty.", themes("well")),
    # typical: positive_experience
    (
        (
            "After years of battling employers, this is the first job where my adjustments were in place before "
            "my first day. My GPs treat me as part of the team and I genuinely love it."
        ),
        themes("pos"),
    ),
    (
        (
            "Flexible hours mean I can do the school run and still have a job I find rewarding. I'd recommend it "
            "to anyone."
        ),
        themes("pos"),
    ),
    (
        (
            "I was the only man who applied and worried I'd stick out, but the team have been brilliant and I "
            "look forward to coming in."
        ),
        themes("pos"),
    ),
    # mixed
    (
        (
            "Part time, band 4, fixed term to next March, and a full-timer's caseload. Something's got to give and "
            "it'll probably be me."
        ),
        themes("pay", "staff", "well"),
    ),
    (
        (
            "Returning from maternity leave I asked to use a keeping-in-touch day for a course and was told there's "
            "no budget. I also found out that while I was off the PCN had quietly stopped group supervision."
        ),
        themes("train", "sup"),
    ),
    (
        (
            "My second job is weekend support work, which I only need because the pay here hasn't moved in years. "
            "I'm tired all the time and I've started making mistakes."
        ),
        themes("pay", "well"),
    ),
    (
        (
            "I'm hard of hearing and phone appointments are a struggle. Access to Work funded a headset and "
            "captioning software, but IT won't install it on the NHS machine, so it sits in a drawer."
        ),
        themes("it"),
    ),
    (
        (
            "Only man, only one under forty, only one not from nursing. I'm on an island. There's no peer network "
            "locally, and when I go to the clinicians for advice they don't know what my job is meant to cover."
        ),
        themes("sup", "clin"),
    ),
    (
        (
            "I care for my mum, who has dementia, so I know first-hand how thin things are for older people. Day "
            "centres have closed, the memory cafe meets once a month and befriending has a six-month wait. And "
            "half my list is older people the GPs want me to 'sort out' when what they need is a social care "
            "assessment."
        ),
        themes("comm", "refer"),
    ),
    (
        (
            "I have fibromyalgia and a reduced caseload is supposed to be my adjustment. In practice the numbers "
            "creep back up every month because there are two of us for 50,000 patients."
        ),
        themes("staff"),
    ),
    (
        (
            "I was part-time when the SNOMED coding training ran and couldn't attend, so my outcome measures don't "
            "pull through into the monthly reports."
        ),
        themes("it", "out"),
    ),
    (
        (
            "I've been off with long Covid. My manager handled the phased return brilliantly, but the job I came "
            "back to is heavier: more safeguarding, more people in crisis, and fewer places to send them."
        ),
        themes("refer", "comm", "pos"),
    ),
    (
        (
            "A menopause policy, a desk fan, and for someone to notice that the outcomes spreadsheet takes me two "
            "hours every Friday afternoon."
        ),
        themes("out"),
    ),
    (
        (
            "I'm dyslexic and would really benefit from some training on writing up case notes. I can view records "
            "on SystmOne but can't add to them, so I email my notes to the GP and hope they get added."
        ),
        themes("train", "it"),
    ),
    (
        (
            "I love the patient work, best job I've had. But I'm on a 12-month contract and as a single parent I "
            "can't take the risk of not knowing whether I'll have a job in April."
        ),
        themes("pos", "pay"),
    ),
    (
        (
            "The county-wide peer group of link workers is brilliant. In our PCN, though, there's nobody else "
            "doing the role and my manager is a pharmacist, so 'supervision' is really a check on numbers. Since "
            "my husband's diagnosis I've needed proper support more than ever."
        ),
        themes("sup", "pos"),
    ),
    (
        (
            "Being autistic I need clear expectations. Nobody has ever told me what's in or out of scope, so I get "
            "sent everything from a recent widow to someone whose benefits stopped yesterday and who has no food "
            "in the house. A proper induction and a written role description would help."
        ),
        themes("refer", "train"),
    ),
    (
        (
            "I'd like to move up to a lead role one day, but I work term-time only and the PCN says that's "
            "incompatible with anything senior."
        ),
        themes("career"),
    ),
    (
        (
            "I'm on long-term sick at the moment with anxiety and depression, which started after a patient I'd "
            "been supporting took their own life. There was no debrief, no clinical supervision, nothing. I was "
            "expected to carry on with my afternoon list."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "As a wheelchair user I can only work from one of our three sites, so I see the other two practices' "
            "patients by phone. It works, but my colleague ends up doing every home visit and we're both "
            "stretched thin."
        ),
        themes("staff"),
    ),
    (
        (
            "The GPs here are lovely and really back me. The problem is the nurses and reception, who still ring "
            "me when a patient's bus pass needs renewing."
        ),
        themes("pos", "clin"),
    ),
    (
        (
            "Two days at the PCN, three in a cafe. The pay's poor, the hours are short and there's no way up. Plus "
            "the ONS4 every single time."
        ),
        themes("pay", "career", "out"),
    ),
    (
        (
            "Honestly? An extra pair of hands and a laptop. I'm going through IVF and some days I need to work "
            "from home, which right now I can't."
        ),
        themes("staff", "it"),
    ),
    (
        (
            "I'm the only one in the PCN who speaks Urdu and Punjabi, so every patient who needs those languages "
            "comes to me on top of my own list. Nobody accounts for that in my hours or my banding."
        ),
        themes("staff", "pay"),
    ),
    (
        (
            "We're told to evidence impact but given no time to do it - I'm 0.6 and a third of that vanishes into "
            "data returns. Meanwhile the gardening group and the walking group have both gone since the council "
            "pulled the grant."
        ),
        themes("out", "comm"),
    ),
    (
        (
            "I had a breakdown in 2022 and the practice were brilliant about my return. What worries me now is "
            "seeing it happen to my colleagues, who are holding 80-plus each with no end in sight."
        ),
        themes("pos", "staff", "well"),
    ),
    (
        (
            "I'm neurodivergent and could cope with most of it, but on my days the practice gives our room to the "
            "physio, so I take calls in my car. The GPs use the service as somewhere to park people they've run "
            "out of time for."
        ),
        themes("clin"),
    ),
    # near-miss
    (
        "A lot of my patients are carers, as I am, and many are completely burnt out by the time they reach me.",
        themes(),
    ),
    (
        (
            "I run a menopause cafe for patients at the surgery, which grew out of my own experience. Women come "
            "back week after week and it's the part of the job I'm proudest of."
        ),
        themes("pos"),
    ),
    (
        (
            "I teach patients to use the NHS App and order repeats online, because many of them, like my own dad, "
            "have never had a smartphone."
        ),
        themes(),
    ),
    ("The GPs are great with me. Dr K checked in every week while my wife was in hospital.", themes("pos")),
    (
        (
            "Stress is the main thing people bring me: money, housing, caring. Most of them have never been asked "
            "how they're coping."
        ),
        themes(),
    ),
    (
        "We support a fair few people going back to work after long-term sickness, mostly through Work and Health.",
        themes(),
    ),
    (
        "My supervisor's door is always open and she never makes me feel daft for asking about my adjustments.",
        themes("pos"),
    ),
    (
        (
            "Patients would benefit from the digital skills course at the library, but the waiting list there is "
            "months long."
        ),
        themes("comm"),
    ),
    (
        "Recording's fine now we've got the template on EMIS - a minute per patient, even on my short days.",
        themes("pos"),
    ),
    (
        "The mums' group I set up after my own maternity leave now has 30 members and practically runs itself.",
        themes("pos"),
    ),
    ("Several of my patients are working two jobs and still using the food bank.", themes()),
    (
        (
            "I coach patients on asking their employer for reasonable adjustments, which I'm well placed to do as "
            "a disabled person myself."
        ),
        themes(),
    ),
    # no theme
    ("I work Monday to Wednesday.", themes()),
    ("Mum of three and a qualified yoga teacher.", themes()),
    ("I came into this from the army after a medical discharge.", themes()),
    ("I'm registered disabled and happy to be contacted about the survey.", themes()),
    (
        (
            "Worth saying I'm part-time and cover two practices, so my answers reflect those two rather than the "
            "whole PCN."
        ),
        themes(),
    ),
    ("Only six weeks in post, so probably too early for me to say.", themes()),
    (
        "Ex teaching assistant; retrained after my son's autism diagnosis made me rethink what I wanted to do.",
        themes(),
    ),
    ("I job-share this post, 2.5 days each.", themes()),
    # non-response
    ("n/a", themes()),
    ("No.", themes()),
    ("Nothing further to add, thanks", themes()),
    ("-", themes()),
    ("See previous answer", themes()),
    ("not at this time", themes()),
]


# Written blind like HOLDOUT_9, by a forty-second engineer: dense with the names of organisations, services and
# software (Age UK, Citizens Advice, Talking Therapies, CMHT, the ICB, NASP, Elemental, Joy, EMIS Web, Ardens,
# AccuRx, NHSmail, FutureNHS), a name alone no theme; labelled before the first run (against 1.22.0).
HOLDOUT_50: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        (
            "The GPs still think I'm there to sort out blue badge forms and chase Citizens Advice appointments "
            "for people. Half the practice team couldn't tell you what social prescribing is, and our PCN "
            "clinical director has never once asked."
        ),
        themes("clin"),
    ),
    (
        (
            "Reception book anyone into my EMIS slot who doesn't fit anywhere else. I'd like the ICB or NASP to "
            "do a proper piece aimed at practice managers so the role stops being the overflow bin."
        ),
        themes("clin"),
    ),
    (
        (
            "It would help if the PCN pharmacists and the FCPs had even a ten-minute briefing on what we do. I "
            "still get AccuRx messages asking me to chase hospital letters and ring round about flu jabs."
        ),
        themes("clin"),
    ),
    # typical: career_progression
    (
        (
            "There is nowhere to go. Five years at Band 4 under ARRS, no senior link worker posts anywhere in our "
            "ICB, and the only way up is a care coordinator manager job that isn't really social prescribing."
        ),
        themes("career"),
    ),
    (
        (
            "A progression framework, like the one the Personalised Care Institute keeps hinting at, with a lead "
            "SPLW post at PCN level that people could actually apply for."
        ),
        themes("career"),
    ),
    (
        (
            "Honestly it feels like a cul-de-sac. Lots of us are retraining as PWPs with Talking Therapies or "
            "moving over to the council, because this job doesn't lead anywhere."
        ),
        themes("career"),
    ),
    # typical: training_development
    (
        (
            "More on welfare benefits. I'm not a Citizens Advice adviser but patients expect me to know PIP and "
            "UC inside out, and the Personalised Care Institute modules only scratch the surface."
        ),
        themes("train"),
    ),
    (
        (
            "Protected CPD time and a small learning budget. Our hosting VCSE won't fund anything beyond the free "
            "e-LfH modules."
        ),
        themes("train"),
    ),
    (
        (
            "A proper induction. I started on a Monday, was handed an NHSmail login and a printout of local "
            "groups, and that was it."
        ),
        themes("train"),
    ),
    # typical: staffing_capacity
    (
        (
            "One of me for 42,000 patients across six practices. My wait is now seven weeks and the GPs keep "
            "sending more."
        ),
        themes("staff"),
    ),
    (
        (
            "Someone to do the admin. I spend hours booking rooms at the community centre and sending AccuRx "
            "reminders when I should be with patients."
        ),
        themes("staff"),
    ),
    (
        (
            "Two of our team left in the spring and the PCN hasn't backfilled, so the three of us who are left "
            "have split their caseloads on top of our own."
        ),
        themes("staff"),
    ),
    # typical: it_systems_access
    (
        (
            "Eight months in and still no smartcard, so I can't read the notes in SystmOne and have to ask a GP "
            "to type up what I've done."
        ),
        themes("it"),
    ),
    (
        (
            "Being hosted by Age UK means I'm on their laptop, not the practice's, so there's no way into EMIS "
            "Web when I'm out on home visits."
        ),
        themes("it"),
    ),
    (
        (
            "Somebody to actually show us how the Ardens social prescribing template works and which SNOMED codes "
            "to use. I was just told 'it's all in there'."
        ),
        themes("it"),
    ),
    # typical: supervision_support
    (
        (
            "My line manager is the PCN business manager, who I see once a month for twenty minutes. There's no "
            "clinical supervision and nobody to talk a case through with."
        ),
        themes("sup"),
    ),
    (
        (
            "Group supervision with the other SPLWs in the borough. We used to have a monthly Teams call run by "
            "the ICB but it stopped when the facilitator left and nobody picked it up."
        ),
        themes("sup"),
    ),
    (
        (
            "It's quite lonely. The GPs are in clinic all day and I sit in a back room at the surgery on my own."
        ),
        themes("sup"),
    ),
    # typical: pay_job_security
    (
        (
            "My contract with the PCN ends in March and nobody can tell me whether the ARRS money is being rolled "
            "over. I've started looking at other jobs."
        ),
        themes("pay"),
    ),
    (
        (
            "The pay doesn't reflect what we carry. Band 4 is less than some of the Citizens Advice caseworkers "
            "we refer into."
        ),
        themes("pay"),
    ),
    (
        (
            "Our service is paid for by a National Lottery grant through the local Mind and it runs out next "
            "year. Every autumn it's the same question of whether we'll still be here in April."
        ),
        themes("pay"),
    ),
    # typical: community_capacity
    (
        (
            "There's nothing left to send people to. The council pulled the Age UK befriending contract, the "
            "Men's Shed lost its building and Talking Therapies is quoting four months."
        ),
        themes("comm"),
    ),
    (
        (
            "Patients in the villages can't get to anything. The hourly bus into town went last year and the "
            "community transport scheme is full."
        ),
        themes("comm"),
    ),
    (
        (
            "VCSE groups are being asked to take our referrals with no money following the patient. The Mind "
            "drop-in has closed and the foodbank is turning people away."
        ),
        themes("comm"),
    ),
    # typical: referral_appropriateness
    (
        (
            "I'm getting people in active crisis who should be with the CMHT or the crisis team. Social "
            "prescribing isn't a safe place for that."
        ),
        themes("refer"),
    ),
    (
        (
            "I'm being asked to do carer's assessments and chase care packages, which is the job of the council's "
            "adult social care, not mine."
        ),
        themes("refer"),
    ),
    (
        (
            "Someone with £20k of debt and an eviction notice is not a social prescribing referral. They need "
            "StepChange and a housing solicitor, not a coffee morning."
        ),
        themes("refer"),
    ),
    # typical: outcomes_data
    (
        (
            "The ICB wants ONS4 at the start and end of every case, plus numbers for the NASP dashboard, plus two "
            "case studies a quarter. It takes longer than the actual work."
        ),
        themes("out"),
    ),
    (
        (
            "Elemental and EMIS don't talk to each other so every outcome gets keyed in twice, and I'm still not "
            "sure the numbers go anywhere useful."
        ),
        themes("out"),
    ),
    (
        (
            "Some honest guidance on how to show what we achieve. WEMWBS feels daft for a 78-year-old who just "
            "wants a lunch club."
        ),
        themes("out"),
    ),
    # typical: wellbeing_burnout
    ("I'm running on empty. Two spells off sick this year and both were down to the job.", themes("well")),
    (
        (
            "The things people tell us stay with you. Three of my patients have died this year, one by suicide, "
            "and I went home and made tea like nothing had happened."
        ),
        themes("well"),
    ),
    (
        (
            "Burnt out, to be honest. I dread Monday mornings now and my own GP has already signed me off once."
        ),
        themes("well"),
    ),
    # typical: positive_experience
    (
        (
            "I love this job. Working alongside our Age UK and the Citizens Advice outreach worker, I can see "
            "real change in people week to week."
        ),
        themes("pos"),
    ),
    (
        (
            "My PCN is brilliant: the GPs come to our MDT, the clinical director champions the role at the ICB, "
            "and I feel properly valued."
        ),
        themes("pos"),
    ),
    (
        (
            "The NASP Thriving Communities network and the FutureNHS forum have been great for ideas. Best job "
            "I've had."
        ),
        themes("pos"),
    ),
    # mixed
    (
        (
            "Please sort out access. Still no smartcard, so I can't code anything in SystmOne, which means none "
            "of my activity shows up in the PCN's returns to the ICB and it looks like I've done nothing all "
            "year."
        ),
        themes("it", "out"),
    ),
    (
        (
            "My caseload is through the roof because Talking Therapies has a nine-month wait and everyone lands "
            "on me in the meantime, including people who are frankly too unwell for anything I can offer."
        ),
        themes("staff", "comm", "refer"),
    ),
    (
        (
            "Fixed-term again, twelve months with the council. No clinical supervision, no real team around me, "
            "and I've found out the link worker in the next PCN is a band higher for the same job."
        ),
        themes("pay", "sup"),
    ),
    (
        (
            "The GPs use me as a dumping ground for anything 'social', which means I get the safeguarding cases "
            "and whoever the CMHT has bounced back. It's getting to me and I've stopped sleeping properly."
        ),
        themes("clin", "refer", "well"),
    ),
    (
        (
            "I'd value the Personalised Care Institute accredited course being funded, and some route onwards "
            "afterwards. At the moment finishing it makes no difference to your band or what you're allowed to "
            "do."
        ),
        themes("train", "career"),
    ),
    (
        (
            "Joy is fine, but the ICB reporting template changes every quarter, nobody shows us the new Ardens "
            "codes, and my Friday afternoons go on spreadsheets instead of patients."
        ),
        themes("out", "it"),
    ),
    (
        (
            "Mixed bag really. The practice team are lovely and I enjoy the work, but I'm covering three sites "
            "with no admin and the list just keeps growing."
        ),
        themes("pos", "staff"),
    ),
    (
        (
            "Things that would help: an NHSmail account (I'm still on the charity's Outlook and can't receive "
            "referrals securely), a laptop that connects to EMIS, and someone I could ring when I'm unsure about "
            "a risky patient."
        ),
        themes("it", "sup"),
    ),
    (
        (
            "Our hosting VCSE and the PCN each think the other one is managing me. So in practice nobody is, I've "
            "not had an appraisal in two years, and my CPD just hasn't happened."
        ),
        themes("sup", "train"),
    ),
    (
        (
            "Money. ARRS reimbursement doesn't cover the on-costs so the PCN keeps us at the bottom of the band, "
            "there's no Band 5 to aim for, and people keep leaving, which piles more on whoever's left."
        ),
        themes("pay", "career", "staff"),
    ),
    (
        (
            "Council grants to the small groups have been halved, so the walking group, the knit and natter and "
            "the carers' café are all folding. Meanwhile the practice keeps sending people who need a social "
            "worker, not a craft session."
        ),
        themes("comm", "refer"),
    ),
    (
        (
            "I'd like the GPs to stop telling patients I'm 'someone who'll sort your benefits out'. People then "
            "arrive with bailiffs and housing disrepair that are way beyond what a link worker is there for."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "Heavy emotional load, supervision every blue moon, and a contract that ends in six months. Something "
            "has to give."
        ),
        themes("well", "sup", "pay"),
    ),
    (
        (
            "I need to be able to show the ICB what difference we make, but EMIS won't let me put MYCAW scores "
            "anywhere searchable and I don't have the access rights to run a search myself."
        ),
        themes("out", "it"),
    ),
    (
        (
            "Honestly I love it and the patients are the best bit. What I'd change is the isolation: I'm employed "
            "by the council, sit in a different building from the practices, and only see other link workers at "
            "the NASP regional day."
        ),
        themes("pos", "sup"),
    ),
    (
        (
            "Time for training is the issue, not the courses. There's plenty on the Personalised Care Institute "
            "site, but with sixty open cases there's no way I can take an afternoon out."
        ),
        themes("train", "staff"),
    ),
    (
        (
            "Patients come with complex needs, and the Citizens Advice wait is six weeks, so I end up filling in "
            "the PIP forms myself. I'm not a welfare rights adviser."
        ),
        themes("comm", "refer"),
    ),
    (
        (
            "We record ONS4 at the first and last session but nobody at the ICB ever feeds anything back, so I've "
            "no idea if it matters. Also getting very, very tired."
        ),
        themes("out", "well"),
    ),
    (
        (
            "More link workers, fewer practices each, and a senior post to hold the team together and do the "
            "supervision."
        ),
        themes("staff", "career", "sup"),
    ),
    (
        (
            "The GP partners value us, I'll give them that, but the nurses and reception book anything they can't "
            "be bothered with into my clinic."
        ),
        themes("clin", "pos"),
    ),
    # short
    ("Smartcard, please.", themes("it")),
    ("More staff.", themes("staff")),
    # near-miss
    (
        (
            "Many of my patients are stressed and worn out by the cost of living. I refer them to Citizens Advice "
            "and the food pantry, and run a small peer group at the library."
        ),
        themes(),
    ),
    (
        (
            "I run digital skills sessions for older patients so they can use the NHS App and open AccuRx links. "
            "Age UK lend us the tablets."
        ),
        themes(),
    ),
    ("The GPs here are fantastic and always make time to talk a patient through with me.", themes("pos")),
    ("I did the Personalised Care Institute online training last year and found it really useful.", themes("pos")),
    (
        (
            "The Ardens template makes coding quick now, and the SystmOne searches pull our numbers for the ICB "
            "in minutes."
        ),
        themes("pos"),
    ),
    (
        (
            "A patient told me last week that the Mind walking group had saved her life. That's why I do this."
        ),
        themes("pos"),
    ),
    ("I'm on a permanent contract with the PCN and the pay is fair for the area.", themes("pos")),
    (
        (
            "We got over 200 people into the Warm Spaces scheme this winter, and the Mind peer support group has "
            "been a lifeline for several of my patients."
        ),
        themes("pos"),
    ),
    (
        (
            "My supervisor is a social worker from the council's adult social care team and our monthly sessions "
            "are the best support I've had in any job."
        ),
        themes("pos"),
    ),
    (
        (
            "A lot of the carers I see are completely burnt out, so I refer them to the Carers Centre for a "
            "carer's assessment."
        ),
        themes(),
    ),
    ("I train the volunteers at the community hub to run the befriending calls.", themes()),
    (
        (
            "Did the motivational interviewing course through the ICB last spring. My case studies go in the PCN "
            "newsletter."
        ),
        themes(),
    ),
    # no theme
    ("I work across a PCN of five practices in the Black Country and am employed by the GP federation.", themes()),
    ("Most of my referrals come through AccuRx or a task in EMIS from the duty doctor.", themes()),
    ("I came into the role from Citizens Advice in 2020 when the ARRS posts were first advertised.", themes()),
    ("Would be good to see the results of this survey published on the FutureNHS workspace.", themes()),
    ("We also have a health and wellbeing coach and a care coordinator in the PCN team.", themes()),
    ("Part-time, three days a week, hosted by the local CVS.", themes()),
    # non-response
    ("n/a", themes()),
    ("No.", themes()),
    ("Nothing else to add, thank you.", themes()),
    ("-", themes()),
    ("See my answer to the previous question.", themes()),
    ("Not at this time", themes()),
]


# Written blind like HOLDOUT_9, by a forty-third engineer: one-liners under twelve words (fragments, single nouns,
# two-word wishes, questions, short lists), as most real survey answers are; labelled before the first run (against
# 1.22.0).
HOLDOUT_51: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    ("GPs still think I'm a signposting service.", themes("clin")),
    ("More awareness of what we actually do", themes("clin")),
    ("treated as the practice dumping ground tbh", themes("clin")),
    # typical: career_progression
    ("Where do I go after this? No band 5 posts anywhere.", themes("career")),
    ("progression pathway!!", themes("career")),
    ("Same band six years, nowhere to go", themes("career")),
    # typical: training_development
    ("Funded counselling skills course please", themes("train")),
    ("CPD budget / protected learning time", themes("train")),
    ("Never had a proper induction.", themes("train")),
    # typical: staffing_capacity
    ("caseload of 140, it's impossible", themes("staff")),
    ("Another link worker for our PCN", themes("staff")),
    ("Three surgeries, one of me.", themes("staff")),
    # typical: it_systems_access
    ("Still no smartcard after 8 months", themes("it")),
    ("Can't write in the notes, have to email the GP", themes("it")),
    ("a laptop that works from home, SystmOne training", themes("it")),
    # typical: supervision_support
    ("Clinical supervision - have none.", themes("sup")),
    ("Only SPLW in the building, nobody to talk cases through with", themes("sup")),
    ("Proper line management, not just whoever's free", themes("sup")),
    # typical: pay_job_security
    ("Contract ends March, no word on renewal", themes("pay")),
    ("Band 4 for this level of responsibility? Really?", themes("pay")),
    ("ARRS money guaranteed beyond next year", themes("pay")),
    # typical: community_capacity
    ("Nothing to refer into out here, buses twice a day", themes("comm")),
    ("Groups keep closing because the funding's gone", themes("comm")),
    ("waiting lists at every service we signpost to", themes("comm")),
    # typical: referral_appropriateness
    ("Getting crisis MH referrals that should go to the crisis team", themes("refer")),
    ("Safeguarding and debt cases landing on me", themes("refer")),
    ("people far too complex for SP", themes("refer")),
    # typical: outcomes_data
    ("ONS4 on every patient is a nightmare", themes("out")),
    ("How do we prove impact? Case studies take forever", themes("out")),
    ("less data entry for reports", themes("out")),
    # typical: wellbeing_burnout
    ("Exhausted.", themes("well")),
    ("I take it all home, the stories stay with you", themes("well")),
    ("Off sick with stress last year, work related", themes("well")),
    # typical: positive_experience
    ("Love my job!", themes("pos")),
    ("Best team I've worked in, GPs really get it", themes("pos")),
    ("So rewarding seeing patients get their confidence back", themes("pos")),
    # mixed
    ("More of us, less ONS4.", themes("staff", "out")),
    ("Underpaid, overworked, under-appreciated by the surgery.", themes("pay", "staff", "clin")),
    ("no EMIS, no supervisor, no idea who to ask", themes("it", "sup")),
    ("Burnt out from the complex mental health referrals", themes("well", "refer")),
    ("Fixed term again, and no route to progress.", themes("pay", "career")),
    ("Training on SNOMED codes so reporting is easier", themes("it", "out")),
    ("Lonely role, and the waiting list keeps growing", themes("sup", "staff")),
    ("GPs see us as admin; pay reflects that", themes("clin", "pay")),
    ("Love it but 3 practices is too many", themes("pos", "staff")),
    ("Courses, a career ladder, and a pay rise.", themes("train", "career", "pay")),
    ("Community groups full, caseload full, me running on empty", themes("comm", "staff", "well")),
    ("Housing crises and safeguarding with no clinical supervision", themes("refer", "sup")),
    ("Need remote access and a proper induction", themes("it", "train")),
    ("Charity hosts us, PCN ignores us", themes("clin")),
    ("Patients wait 6 weeks to see me, then months for counselling", themes("staff", "comm")),
    ("Would stay if there was a band 6 and permanence", themes("career", "pay")),
    ("WEMWBS on paper because I've got no laptop", themes("out", "it")),
    ("Peer network and regular CPD days", themes("sup", "train")),
    ("Stressful, poorly paid, but the patients make it worth it", themes("well", "pay", "pos")),
    ("They refer anyone the GP can't fix.", themes("refer", "clin")),
    ("funding for the groups I refer to, and for my post", themes("comm", "pay")),
    ("EMIS access, a team around me, a permanent post.", themes("it", "sup", "pay")),
    ("Clinicians respecting our boundaries re referrals", themes("clin", "refer")),
    ("Reporting changes every quarter, no time to actually see patients", themes("out", "staff")),
    ("Vicarious trauma and no one to debrief with.", themes("well", "sup")),
    # near-miss
    ("Patients are so stressed about money right now", themes()),
    ("I run a training session for patients on budgeting", themes()),
    ("GPs here are brilliant, always make time for me", themes("pos")),
    ("Our new practice manager has been really supportive", themes("pos")),
    ("Permanent contract now, such a relief!", themes("pos")),
    ("WEMWBS scores going up for most of my patients :)", themes("pos")),
    ("Supervision monthly with our MH nurse, works well", themes("pos")),
    ("Plenty of groups locally, we're lucky", themes("pos")),
    ("Carer burnout is most of what I see", themes()),
    ("Got my level 3 counselling, PCN paid for it", themes("pos")),
    ("Lots of my patients are isolated and lonely", themes()),
    ("patients can't get onto the NHS app", themes()),
    ("The referrals I get are mostly spot on", themes("pos")),
    ("Trained reception on what SP is - they get it now", themes("pos")),
    ("Patients can't afford the bus to groups", themes("comm")),
    ("Patients can't get through to reception in the mornings", themes()),
    # no theme
    ("I work across two PCNs in the north of the county.", themes()),
    ("Mostly older people, referred by the frailty team", themes()),
    ("Part time, 22.5 hrs", themes()),
    ("Been in post since 2020", themes()),
    ("Hosted by Age UK, based in the surgery 2 days", themes()),
    ("Why is this survey so long?", themes()),
    ("Interesting survey, thanks", themes()),
    # non-response
    ("n/a", themes()),
    ("-", themes()),
    ("No", themes()),
    ("Nothing to add", themes()),
    ("see previous answer", themes()),
    ("not at this time", themes()),
    ("?", themes()),
]


# Written blind like HOLDOUT_9, by a forty-fourth engineer: appreciative answers (thanks, praise of a manager, a
# team, a GP, a course or a tool) with a concern often tucked into one clause, and wholly positive ones; labelled
# before the first run (against 1.22.0).
HOLDOUT_52: list[tuple[str, frozenset[str]]] = [
    # typical: clinician_understanding
    (
        (
            "I love my job and my patients are brilliant. The only thing I'd change is that some of the GPs "
            "still think I'm there to book taxis and fill in forms - a bit more awareness of what we actually "
            "do would go a long way."
        ),
        themes("clin", "pos"),
    ),
    (
        (
            "My practice manager has been fantastic in championing me. Sadly the reception team and a couple of "
            "the partners still don't really get what social prescribing is, so people get sent to me 'for a "
            "chat' with no idea why they're coming."
        ),
        themes("clin", "pos"),
    ),
    (
        (
            "Really rewarding role. Would be nice if the wider NHS saw it as a profession in its own right "
            "and not an add-on."
        ),
        themes("clin", "pos"),
    ),
    # typical: career_progression
    (
        (
            "I've had four great years in this post and my PCN have been very good to me. I only wish there was "
            "somewhere to go next. There are no senior link worker jobs locally, so the only way up is out."
        ),
        themes("career", "pos"),
    ),
    (
        (
            "Thank you for the Personalised Care Institute modules, they were genuinely useful. A proper career "
            "framework with levels would make this feel like a long-term career rather than a stepping stone."
        ),
        themes("career", "pos"),
    ),
    (
        "Enjoy it very much. Same band since I started though and I can't see that ever changing.",
        themes("career", "pos"),
    ),
    # typical: training_development
    (
        (
            "My manager is brilliant and always lets me go to the local network meetings. I'd really value some "
            "funded training in things like bereavement and debt advice, as so far it's been learning on the job."
        ),
        themes("train", "pos"),
    ),
    (
        "The induction I had was excellent. Ongoing CPD is harder - there's no budget for it in our PCN.",
        themes("train", "pos"),
    ),
    (
        (
            "Great team, great patients. A couple of hours a month set aside to keep learning would be the "
            "icing on the cake."
        ),
        themes("train", "pos"),
    ),
    # typical: staffing_capacity
    (
        (
            "I absolutely love what I do and the feedback from patients keeps me going. The one worry is that "
            "it's just me for 38,000 patients, so people are waiting six weeks for a first appointment."
        ),
        themes("staff", "pos"),
    ),
    (
        "Very supportive GPs. We could really do with a second link worker though, I'm covering three surgeries.",
        themes("staff", "pos"),
    ),
    (
        (
            "I feel much more recognised than when I started, thank you. Someone to help with the booking and "
            "chasing-up would free me to spend more time with patients."
        ),
        themes("staff", "pos"),
    ),
    # typical: it_systems_access
    (
        (
            "The practice has been so welcoming, I have my own room and a lovely team around me. Still waiting "
            "on my smartcard after five months, so I'm relying on colleagues to look things up for me."
        ),
        themes("it", "pos"),
    ),
    (
        (
            "Everything's going well. If I could have a laptop that works from home and get into SystmOne at our "
            "second site I'd be sorted."
        ),
        themes("it", "pos"),
    ),
    (
        (
            "My GP supervisor is a star. Would love a proper session on how to record our work in EMIS, I've "
            "basically been guessing which SNOMED codes to use."
        ),
        themes("it", "pos"),
    ),
    # typical: supervision_support
    (
        (
            "I feel valued by my practice and by my patients. What I miss is other link workers - I'm the only "
            "one in the PCN and it can feel like I'm on an island."
        ),
        themes("sup", "pos"),
    ),
    (
        (
            "The work is incredibly rewarding. Regular clinical supervision would be really welcome; at the "
            "moment there's nobody I can talk cases through with."
        ),
        themes("sup", "pos"),
    ),
    (
        (
            "Thank you to the peer network our ICB runs, it's a lifeline. Within my own practice though nobody "
            "is actually my line manager, so I'm never sure who to go to."
        ),
        themes("sup", "pos"),
    ),
    # typical: pay_job_security
    (
        (
            "I have loved every minute of this job. My contract ends in March and no one can tell me whether the "
            "funding will carry on, which is a real shame."
        ),
        themes("pay", "pos"),
    ),
    ("Brilliant role and a lovely team. The salary doesn't reflect what we deal with.", themes("pay", "pos")),
    (
        "My host charity are very supportive. It would be reassuring to know the money is there beyond next year.",
        themes("pay", "pos"),
    ),
    # typical: community_capacity
    (
        (
            "The voluntary sector here is amazing and so welcoming to our patients. My only concern is that "
            "several of the groups I rely on lost their grants this year and have closed."
        ),
        themes("comm", "pos"),
    ),
    (
        (
            "I enjoy helping people find their feet again. Being rural, the hard part is getting them to "
            "anything - there's one bus a day."
        ),
        themes("comm", "pos"),
    ),
    ("Great job. Wish there was more for young men round here that doesn't cost money.", themes("comm", "pos")),
    # typical: referral_appropriateness
    (
        (
            "I really enjoy my role and the GPs are lovely. Sometimes though I'm handed patients who are in "
            "crisis and need the mental health team, which isn't what we're there for."
        ),
        themes("refer", "pos"),
    ),
    (
        (
            "Thank you NHS England for backing social prescribing, I love being part of it. More and more I'm "
            "picking up complex housing and debt cases that really belong with specialist services."
        ),
        themes("refer", "pos"),
    ),
    ("Good role. Some of the people sent to me really need a social worker.", themes("refer", "pos")),
    # typical: outcomes_data
    (
        (
            "My patients' progress has been wonderful to see. What I find hard is capturing it - the ONS4 "
            "questions feel awkward to ask someone who has just lost their husband."
        ),
        themes("out", "pos"),
    ),
    ("Love the job. Fewer monthly spreadsheets would be nice!", themes("out", "pos")),
    (
        (
            "I'm proud of what we've achieved in our PCN. It would help to have one agreed way of showing impact, "
            "as every commissioner wants something different."
        ),
        themes("out", "pos"),
    ),
    # typical: wellbeing_burnout
    (
        (
            "I love being a link worker and wouldn't want to do anything else. Just being honest that some weeks "
            "I go home completely drained."
        ),
        themes("well", "pos"),
    ),
    (
        "Really rewarding, but it can take it out of you emotionally, especially the bereavement work.",
        themes("well", "pos"),
    ),
    (
        (
            "My team have been amazing since I came back from sick leave, which if I'm honest was partly down to "
            "the pressure of the job."
        ),
        themes("well", "pos"),
    ),
    # mixed
    (
        (
            "Thank you for this survey. I'm very lucky with my PCN: good supervision, regular team meetings and "
            "GPs who get it. The only things I'd flag are the short-term contracts and the number of referrals, "
            "which has doubled since last year."
        ),
        themes("pay", "staff", "pos"),
    ),
    (
        (
            "I love the variety. But I'm not on EMIS, I'm expected to submit outcome figures every month, and "
            "the only way I can do that is a spreadsheet on my own laptop."
        ),
        themes("it", "out", "pos"),
    ),
    (
        (
            "My line manager is wonderful and checks in every week, which has made a real difference while I've "
            "been the only link worker covering five surgeries."
        ),
        themes("staff", "pos"),
    ),
    (
        (
            "The PCI training was excellent and I'd like more like it, especially around learning disabilities. "
            "I'd also like to be on a band that matches what we now do."
        ),
        themes("train", "pay", "pos"),
    ),
    (
        (
            "Patients tell me I'm the first person who has listened to them in years, and that's why I do this. "
            "What wears me down is being asked to take on things well outside the role - safeguarding, people "
            "ringing in crisis - with no supervision to offload afterwards."
        ),
        themes("refer", "sup", "well", "pos"),
    ),
    (
        "Great GPs, great admin team. A clearer route up and some funding for a counselling qualification please.",
        themes("career", "train", "pos"),
    ),
    (
        (
            "I've seen people go from not leaving the house to running a walking group, it's fantastic. Groups "
            "in our area are folding though, and the befriending scheme has a six month wait."
        ),
        themes("comm", "pos"),
    ),
    (
        (
            "I love working here, and thank you for funding our posts through ARRS. I just hope it carries on, "
            "none of us know what happens after April. The wider practice still thinks we're part of reception "
            "but we're getting there."
        ),
        themes("pay", "clin", "pos"),
    ),
    (
        (
            "Honestly the best job I've had. I'd just like proper access to the clinical system and a quiet "
            "room for calls."
        ),
        themes("it", "pos"),
    ),
    (
        (
            "Supportive manager, flexible hours. The measuring side is a headache, WEMWBS before and after "
            "doesn't show what really changes for people. And I'm tired."
        ),
        themes("out", "well", "pos"),
    ),
    (
        (
            "I'm really grateful for the peer group our ICB set up. It's shown that most of us are struggling "
            "with the same thing: too many people, too little time, and the services we refer on to having "
            "long waits of their own."
        ),
        themes("staff", "comm", "pos"),
    ),
    (
        (
            "Lovely role. Our clinical director gives me a voice at meetings, which is more than a lot of link "
            "workers get. If I could change one thing it would be having to log the same contact three times: "
            "EMIS, our own database and the ICB return."
        ),
        themes("out", "pos"),
    ),
    (
        (
            "I feel part of the team here and the nurses send really thoughtful referrals. My worry is the "
            "future - I'm on a 12 month fixed-term contract and there's no senior post to aim for."
        ),
        themes("pay", "career", "pos"),
    ),
    (
        (
            "Being hosted by a charity gives us independence and a great team culture, which I love. The flip "
            "side is we can't get into the practice records and some GPs treat us as outsiders."
        ),
        themes("it", "clin", "pos"),
    ),
    (
        (
            "It's a privilege to do this work. Some of what I hear stays with me for days, and I'd welcome "
            "proper reflective supervision rather than just caseload checks."
        ),
        themes("sup", "well", "pos"),
    ),
    (
        (
            "Really happy in my role and the new team lead has made a big difference. Only wish someone would "
            "train us on the data side, no one has ever shown us how the impact reporting is supposed to work."
        ),
        themes("out", "train", "pos"),
    ),
    (
        (
            "Thank you for all the work on the workforce plan. In our area we need more of us, one link worker "
            "per 30,000 is not enough, and the role should be banded higher."
        ),
        themes("staff", "pay"),
    ),
    ("Loving it. Bit overwhelmed by the numbers at the moment.", themes("staff", "well", "pos")),
    (
        (
            "I can't praise our social prescribing team enough, we cover for each other and we laugh a lot. My "
            "wish list is short: a laptop that doesn't take twenty minutes to log in, and a bit of time for courses."
        ),
        themes("it", "train", "pos"),
    ),
    (
        (
            "Great to be asked. My GPs would say I'm valued, and I am, but they still send me people who are "
            "really for the crisis team and I don't always feel able to say no."
        ),
        themes("refer", "pos"),
    ),
    (
        (
            "Working here has given me confidence I never had. The one thing I'd ask for is someone outside the "
            "practice to debrief with."
        ),
        themes("sup", "pos"),
    ),
    (
        (
            "The NASP training has been great. What would help now is making ARRS permanent, because good people "
            "keep leaving for jobs that will still be there in two years."
        ),
        themes("pay", "pos"),
    ),
    (
        (
            "I want to start by saying thank you. When I took this job two years ago I didn't know what to "
            "expect, and it has turned out to be the most meaningful work I've done. My GPs are behind me, the "
            "patients are wonderful and I've learned so much. If I'm honest the travel between four sites eats "
            "into my day and I'm seeing people back to back. A second link worker would make all the difference."
        ),
        themes("staff", "pos"),
    ),
    # near-miss
    ("I run a stress management group for patients on Tuesdays which they love, and so do I.", themes("pos")),
    ("The GPs here are amazing. They really value what I do and ask for my view in MDTs.", themes("pos")),
    (
        "I've been training a group of patients to be volunteer walk leaders, the highlight of my year.",
        themes("pos"),
    ),
    (
        (
            "The outcomes are the best bit. One lady's wellbeing score went up by twelve points and she cried "
            "when I showed her."
        ),
        themes("pos"),
    ),
    ("Our local community groups are fantastic and always make room for anyone I send.", themes("pos")),
    ("My supervision is excellent - monthly with a psychotherapist, paid for by the PCN.", themes("pos")),
    (
        "Patients come to me exhausted by the benefits system. Helping them through it is really rewarding.",
        themes("pos"),
    ),
    (
        "We finally got EMIS access last year and it has transformed how I work. Thank you to whoever pushed for it.",
        themes("pos"),
    ),
    ("Moved up from band 4 to band 5 this year after my manager backed me. Thrilled!", themes("pos")),
    (
        (
            "Our PCN took on two more link workers in the spring, so the waiting list has gone and we can "
            "spend proper time with people."
        ),
        themes("pos"),
    ),
    (
        (
            "Housing is a big part of what I help with and I've built a great relationship with the council's "
            "housing options team."
        ),
        themes("pos"),
    ),
    (
        (
            "So many of my patients are isolated and lonely. Watching them make friends at the lunch club is "
            "the best thing about this job."
        ),
        themes("pos"),
    ),
    (
        (
            "Nurses here are great at referring. My worry is for the patients - lots of them are burnt-out carers "
            "and there's nowhere locally that offers respite."
        ),
        themes("comm", "pos"),
    ),
    ("The warm spaces the council funded this winter were brilliant for my patients.", themes("pos")),
    # no theme
    ("Thanks for asking us.", themes()),
    ("I hope the results are shared with link workers so we can see what others said.", themes()),
    ("I started three weeks ago so I don't feel I can comment yet.", themes()),
    ("Please make the survey shorter next time, a few questions repeated.", themes()),
    ("Thank you to the survey team, well done for putting this together.", themes()),
    ("I work 22.5 hours a week across two practices.", themes()),
    # non-response
    ("n/a", themes()),
    ("No, thank you.", themes()),
    ("Nothing further to add", themes()),
    ("-", themes()),
    ("As above.", themes()),
]


# Written blind like HOLDOUT_9, by a forty-fifth engineer: shared everyday words whose owner decides the theme
# (funding, money, time, hours, support, access, waiting, cover: for the link worker's own post, for the community
# groups, for patients or for the practice), with near-misses where the word names somebody else's problem; labelled
# before the first run (against 1.23.0).
HOLDOUT_53: list[tuple[str, frozenset[str]]] = [
    (
        (
            "Funding for my post only runs to next March and nobody will tell us whether it is being renewed."
        ),
        themes("pay"),
    ),
    (
        (
            "The groups I refer into are running on next to no funding; two of them have folded this year."
        ),
        themes("comm"),
    ),
    (
        (
            "Time. I get twenty minutes with each patient and a caseload that keeps growing, so I never get to do "
            "the job properly."
        ),
        themes("staff"),
    ),
    (
        (
            "Time for supervision would help. It's meant to be monthly but it keeps getting cancelled because the "
            "clinical lead is too busy."
        ),
        themes("sup"),
    ),
    (
        (
            "Protected time to actually do the training I've booked, rather than squeezing the e-learning in over "
            "my lunch."
        ),
        themes("train"),
    ),
    (
        (
            "The waiting list for our service is now about six weeks, which rather defeats the point of early "
            "intervention."
        ),
        themes("staff"),
    ),
    (
        (
            "Waits at the local talking therapies service are over six months, so there is nowhere to move people "
            "on to once they're ready for more than I can offer."
        ),
        themes("comm"),
    ),
    (
        (
            "Patients are fed up waiting three weeks for a GP appointment and they often vent about it in our "
            "sessions. I just listen."
        ),
        themes(),
    ),
    (
        (
            "Access to EMIS would make a massive difference. I still have to ask reception to print off patient "
            "details for me."
        ),
        themes("it"),
    ),
    (
        (
            "Access is the big issue for my patients - there's one bus a day from some of the villages, so the "
            "groups in town may as well not exist for them."
        ),
        themes("comm"),
    ),
    (
        (
            "I have no access to any kind of peer support. I'm the only link worker in the PCN and it can be a "
            "very lonely job."
        ),
        themes("sup"),
    ),
    ("I cover four practices across two towns and spend half my week driving between them.", themes("staff")),
    (
        (
            "There's no cover when I'm on leave, so I come back to a backlog of referrals and it takes weeks to "
            "catch up."
        ),
        themes("staff"),
    ),
    (
        (
            "The backlog isn't my referrals, it's the outcome forms. Every patient needs a WEMWBS at the start and"
            " the end and I'm months behind entering them on the spreadsheet."
        ),
        themes("out"),
    ),
    ("My contract is fixed-term and ends in six months, which makes it hard to plan anything.", themes("pay")),
    (
        (
            "The council's contract with the befriending charity ended in April and nothing has replaced it, so my"
            " isolated older patients have nowhere to go."
        ),
        themes("comm"),
    ),
    (
        (
            "Training for the reception team on what social prescribing actually is. They book me in for repeat "
            "prescription queries and fit note chasing."
        ),
        themes("clin"),
    ),
    (
        (
            "Training on SystmOne please - I've got access now but nobody showed me how to code anything, so none "
            "of my work shows up in the record."
        ),
        themes("it"),
    ),
    (
        (
            "I would love more training, particularly trauma-informed practice and working with people who self-"
            "harm."
        ),
        themes("train"),
    ),
    (
        (
            "Support for me, not just for the patients. Everyone talks about wraparound support for patients but "
            "nobody checks whether the link worker is okay after a week of hearing awful stories. It wears you "
            "down."
        ),
        themes("sup", "well"),
    ),
    (
        (
            "The support on offer to patients locally is good when they can get it, but the voluntary groups have "
            "lost so many volunteers that half the sessions get cancelled."
        ),
        themes("comm"),
    ),
    (
        (
            "Admin support. I spend hours booking rooms and chasing forms that someone on a lower band could "
            "easily do."
        ),
        themes("staff"),
    ),
    (
        (
            "My hours were cut from 37.5 to 30 when the PCN budget got squeezed, and losing that pay really hurts."
        ),
        themes("pay"),
    ),
    ("The community hub is only open 10 till 2 on weekdays, so anyone who works can't use it.", themes("comm")),
    (
        (
            "I'm working well past my hours most evenings just to keep on top of the caseload, and I'm running on "
            "empty."
        ),
        themes("staff", "well"),
    ),
    (
        (
            "The system only lets me read the notes, not write in them, so I have to message the GP every time I "
            "want something recorded."
        ),
        themes("it"),
    ),
    (
        (
            "The benefits system is brutal and a lot of my sessions end up being about PIP appeals and tribunals, "
            "which is specialist welfare rights work and shouldn't be landing on me."
        ),
        themes("refer"),
    ),
    (
        (
            "The whole NHS system is under strain, but honestly social prescribing feels like one of the better "
            "bits of it. I love my job."
        ),
        themes("pos"),
    ),
    (
        (
            "Budget for CPD. We're told there's a learning budget but I've never managed to get anything approved "
            "from it."
        ),
        themes("train"),
    ),
    (
        (
            "The small grants pot we used to pay for patients' first swim sessions or art classes has gone, and "
            "lots of people simply can't afford to take part now."
        ),
        themes("comm"),
    ),
    (
        (
            "Budget isn't an issue for me personally - my post is secure and the pay is fair. What I'd like is a "
            "proper career path; there's no senior link worker role anywhere near me."
        ),
        themes("career"),
    ),
    (
        (
            "I've been on the same band for four years and there's nowhere to go without leaving social "
            "prescribing altogether."
        ),
        themes("career"),
    ),
    (
        (
            "GPs here still think I'm a signposting service. They hand patients a leaflet with my number on it and"
            " call that a referral."
        ),
        themes("clin"),
    ),
    (
        (
            "I'm getting referrals for people in active crisis, including one man who was suicidal last month. "
            "That is not something a link worker should be holding."
        ),
        themes("refer"),
    ),
    (
        (
            "Waiting for the community mental health team to pick up people I've escalated is the hardest part. "
            "They bounce back with a 'doesn't meet threshold' letter and I end up holding patients far too unwell "
            "for social prescribing."
        ),
        themes("refer"),
    ),
    (
        (
            "I'm routinely asked to cover the care coordinator's clinics when she's off, on top of my own full "
            "caseload."
        ),
        themes("staff"),
    ),
    (
        (
            "The GPs are really supportive and always make time to talk a patient through with me. It makes a real"
            " difference."
        ),
        themes("pos"),
    ),
    (
        (
            "Time with patients is the best part of the job - watching someone go from not leaving the house to "
            "running a walking group is amazing."
        ),
        themes("pos"),
    ),
    ("Nothing further to add.", themes()),
    ("n/a", themes()),
    (
        (
            "Recording everything three times - on EMIS, on the PCN tracker and again for the national return - "
            "eats time I could be spending with patients."
        ),
        themes("out"),
    ),
    (
        (
            "Evidence of impact. Commissioners want numbers, but a lot of what I do never shows up in a before-"
            "and-after score."
        ),
        themes("out"),
    ),
    (
        (
            "I'd like to use MYCAW properly but nobody has explained how the scores are supposed to be reported or"
            " what happens to them."
        ),
        themes("out"),
    ),
    (
        (
            "Funding for my post is fine, it's ARRS and the PCN have made it permanent. But the funding for the "
            "groups I send people to is disappearing."
        ),
        themes("comm"),
    ),
    (
        (
            "Funding, funding, funding. I've been on three one-year contracts in a row and every spring I'm "
            "looking at job adverts just in case."
        ),
        themes("pay"),
    ),
    (
        (
            "Supervision is excellent in our team, we have monthly group sessions with a psychologist and I feel "
            "very well looked after."
        ),
        themes("pos"),
    ),
    (
        (
            "I feel burnt out. The stories I hear every day stay with me and I've had two weeks off with stress "
            "this year."
        ),
        themes("well"),
    ),
    (
        (
            "Honestly I'm tired. Not of the patients, of the constant fight to be taken seriously by the practice "
            "managers."
        ),
        themes("well", "clin"),
    ),
    (
        (
            "Access to a laptop I can take on home visits would help - at the moment I write notes on paper and "
            "type them up later."
        ),
        themes("it"),
    ),
    (
        (
            "Patients can't get in to see a GP, so reception books them with me because I have slots free. I end "
            "up seeing people who need a doctor, not a link worker."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "The practice is short of GPs and nurses, which isn't mine to solve, though you can feel it in the "
            "building."
        ),
        themes(),
    ),
    (
        (
            "Our local groups rely on volunteers with no mental health training at all, so I'm nervous sending "
            "anyone with anxiety to them and there's nothing else."
        ),
        themes("comm"),
    ),
    (
        (
            "The waiting list at the debt advice service is so long that by the time people are seen the bailiffs "
            "have already been round."
        ),
        themes("comm"),
    ),
    ("We need more link workers. One of us for 40,000 patients is not enough.", themes("staff")),
    ("More hours. I'm contracted for 22.5 a week and the demand is easily full-time.", themes("staff")),
    (
        (
            "More hours would be nice, but on my band I can't afford to stay in this job long term - I earned more"
            " in retail."
        ),
        themes("pay"),
    ),
    (
        (
            "I really enjoy the job and feel valued by my practice, but the induction was non-existent. I was "
            "given a desk and a login and told to get on with it."
        ),
        themes("pos", "train"),
    ),
    (
        (
            "Would love a proper network of other link workers to meet up with, share resources, have a moan. I "
            "miss having colleagues."
        ),
        themes("sup"),
    ),
    (
        (
            "My line manager is based at the council and has no idea what my week looks like, and nobody at the "
            "practice manages me either."
        ),
        themes("sup"),
    ),
    (
        (
            "A lot of my patients are on the housing register, but our PCN has a housing officer who deals with "
            "all of that, so it's never been an issue for me."
        ),
        themes(),
    ),
    ("See above.", themes()),
    ("No.", themes()),
    (
        (
            "The referral system is a free-for-all: anyone can refer anyone for anything, and I'm sent people with"
            " safeguarding concerns and complex debt who need a specialist."
        ),
        themes("refer"),
    ),
    (
        (
            "Clinicians making the time to understand what social prescribing can and can't do. Some of them think"
            " I'm a counsellor."
        ),
        themes("clin"),
    ),
    (
        (
            "I'd really like to do a level 5 qualification in health and social care, but there's no money for it."
        ),
        themes("train"),
    ),
    (
        (
            "Money is the worry. The grant that funds our whole team ends in 2026 and the charity has been clear "
            "it can't promise anything beyond that."
        ),
        themes("pay"),
    ),
    (
        (
            "The money has gone from the local arts and wellbeing projects. I used to have ten good places to send"
            " people and now I have three."
        ),
        themes("comm"),
    ),
    (
        (
            "Waiting times for my service are down since we got a second link worker, which has been a huge "
            "relief. Still a mountain of paperwork for the quarterly returns though."
        ),
        themes("pos", "out"),
    ),
    (
        (
            "My contract says link worker but I'm doing the care coordinator and health coach jobs as well since "
            "they left and weren't replaced."
        ),
        themes("staff", "refer"),
    ),
    (
        (
            "I'm stuck between the practice and the PCN - neither sees me as theirs, so when I asked about "
            "progression each told me to ask the other."
        ),
        themes("career", "sup"),
    ),
    (
        (
            "I love the work and can see the difference it makes, particularly for older people who've been "
            "isolated since the pandemic. The frustrations are mostly outside my control: the lunch clubs and "
            "befriending groups I relied on have lost their funding, and there's a waiting list for nearly "
            "everything. Inside the practice, a couple of the newer GPs still don't really know what I'm for, "
            "though the partners are great."
        ),
        themes("pos", "comm", "clin"),
    ),
    (
        (
            "My biggest challenge is the sheer volume. I've got 70 open cases, the referrals keep coming and "
            "there's no time left for the follow-up calls that make this work. I've started dreading Monday "
            "mornings and I'm sleeping badly. Supervision would help but it's the first thing to be cancelled when"
            " we're busy."
        ),
        themes("staff", "well", "sup"),
    ),
    (
        (
            "IT. I have a smartcard but it doesn't work at two of my three practices, so half the week I can't see"
            " the records."
        ),
        themes("it"),
    ),
    (
        (
            "Time to build relationships with the community groups. That's where social prescribing lives, and I "
            "never get any because my clinic list is always full."
        ),
        themes("staff"),
    ),
    (
        (
            "Training - not for me, I've done plenty, but the GP trainees rotate every six months and nobody tells"
            " them about social prescribing, so each new lot refers inappropriately until I've explained."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "Support from our PCN clinical director has been brilliant; she pushed for us to get EMIS access and a"
            " proper room to see people in."
        ),
        themes("pos"),
    ),
    (
        (
            "I'm asked for a case study every month for the PCN newsletter and the board report, on top of the "
            "outcome measures. It takes a full day."
        ),
        themes("out"),
    ),
    (
        (
            "Some link workers in our area are on band 4 and others on band 5 for exactly the same job, and I'm on"
            " the lower one. That's not fair."
        ),
        themes("pay"),
    ),
    (
        (
            "Patients' access to the groups is a problem since lots of them moved online - my older patients just "
            "can't join."
        ),
        themes("comm"),
    ),
    (
        (
            "A senior link worker post would give people like me something to aim for. At the moment the only step"
            " up is out of the role."
        ),
        themes("career"),
    ),
]


# Written blind like HOLDOUT_9, by a forty-sixth engineer: hard cases and their emotional weight (safeguarding,
# suicidal patients, domestic abuse, hoarding, bereavement, discharge from mental health services, patients who die;
# debriefing, where to send them next), some writers coping well, some describing the patient only; labelled before
# the first run (against 1.23.0).
HOLDOUT_54: list[tuple[str, frozenset[str]]] = [
    (
        (
            "I had a patient take his own life last month, two weeks after I'd seen him. Nobody asked me how I "
            "was. I still think about it every day."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "We are getting referrals for people who are actively suicidal because the crisis team won't take "
            "them. That is not what social prescribing is for and it frightens me."
        ),
        themes("refer", "well"),
    ),
    (
        (
            "Regular clinical supervision with a psychologist has been a lifeline. After a difficult safeguarding "
            "case I can talk it through and go home lighter."
        ),
        themes("pos"),
    ),
    (
        (
            "Safeguarding training beyond the basic level 1 online module. I'm dealing with domestic abuse "
            "disclosures most weeks and I want to know I'm doing it right."
        ),
        themes("train"),
    ),
    ("n/a", themes()),
    (
        (
            "Patient in her 80s living in a house full to the ceiling, no heating, refusing all help. Neighbour "
            "reported her. Son lives abroad."
        ),
        themes(),
    ),
    (
        (
            "There's nowhere to send people once mental health services discharge them. Talking therapies waiting "
            "list is 9 months and the local peer group closed in the spring."
        ),
        themes("comm"),
    ),
    (
        (
            "I cope well. I have a good manager, I use my reflective practice sessions and I switch off when I get"
            " home. The hard cases are part of the job and I find it meaningful."
        ),
        themes("pos"),
    ),
    (
        (
            "Heavy. That's the word. Three bereavements on my caseload this month and a man who is sleeping in his"
            " car."
        ),
        themes("well"),
    ),
    (
        (
            "Debriefs after serious incidents. At the moment a GP tells me a patient has died and then it's "
            "straight on to the next appointment."
        ),
        themes("sup"),
    ),
    (
        (
            "The GPs see me as the person to hand the complicated ones to - hoarding, debt, housing, safeguarding "
            "- because they haven't got time. It's a dumping ground."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "I work alone across four surgeries. When a domestic abuse disclosure comes in at 4pm on a Friday "
            "there is nobody to ask."
        ),
        themes("sup", "staff"),
    ),
    (
        (
            "We are paid band 4 and carrying risk that should sit with mental health services. Suicidal patients, "
            "safeguarding, addiction. It doesn't add up."
        ),
        themes("pay", "refer"),
    ),
    ("Nothing to add.", themes()),
    (
        (
            "Honestly I'm burnt out. I cry in the car most days. I've been signed off once already with stress."
        ),
        themes("well"),
    ),
    (
        (
            "Need access to full records on SystmOne. Twice now I've visited someone without knowing there was a "
            "warning flag for violence on their file."
        ),
        themes("it"),
    ),
    (
        (
            "Drug and alcohol services locally have been cut to the bone. I can refer, but they won't be seen for "
            "months, and by then they've usually disengaged."
        ),
        themes("comm"),
    ),
    (
        (
            "Clear guidance from NHSE on what we should and shouldn't accept. Crisis, active safeguarding and "
            "complex addiction should go elsewhere, but there is no elsewhere."
        ),
        themes("refer", "comm"),
    ),
    (
        (
            "I love this job even with the hard bits. Helping a widower get back to his bowls club after a year "
            "indoors is why I do it."
        ),
        themes("pos"),
    ),
    ("Young man, out of prison six weeks, sofa surfing, using again, mum just died.", themes()),
    (
        (
            "Peer support with other link workers who get it. My team at the practice are lovely but they don't "
            "understand what it's like sitting with someone who says they don't want to be here."
        ),
        themes("sup", "pos"),
    ),
    (
        (
            "Measuring outcomes for someone whose partner has just died feels obscene. I'm not going to hand a "
            "grieving woman a WEMWBS form in our first meeting."
        ),
        themes("out"),
    ),
    (
        (
            "We were told to keep hitting our contact numbers while I was supporting a family after a suicide. The"
            " targets take no account of the emotional weight of some cases."
        ),
        themes("out", "well"),
    ),
    (
        (
            "My contract ends in March and I still don't know if it will be renewed. Carrying people in crisis "
            "while worrying about my own rent is hard."
        ),
        themes("pay", "well"),
    ),
    (
        (
            "Training on trauma-informed practice and on working with people who hoard. The free webinars are fine"
            " but they only scratch the surface."
        ),
        themes("train"),
    ),
    (
        (
            "I feel supported. My supervisor checks in after every safeguarding referral I make and we have a "
            "debrief group monthly."
        ),
        themes("pos"),
    ),
    (
        (
            "Clear lines on what's in scope. I've had a referral for a teenager who is self-harming, which isn't "
            "even our age group."
        ),
        themes("refer"),
    ),
    (
        (
            "People are discharged from the community mental health team with a note saying 'refer to social "
            "prescriber'. We are being used as the step-down service that doesn't exist."
        ),
        themes("refer", "comm"),
    ),
    (
        (
            "The stress of worrying whether someone is still alive over the weekend. There is no switch-off."
        ),
        themes("well"),
    ),
    (
        (
            "More link workers. I have 140 open cases and a lot of them are people with multiple complex needs who"
            " need weekly contact, not a six-session model."
        ),
        themes("staff", "refer"),
    ),
    (
        (
            "I'd like a route into a senior or specialist link worker role for complex cases, with pay to match. "
            "At the moment the only way up is to leave."
        ),
        themes("career", "pay"),
    ),
    (
        (
            "Our PCN has a clinical psychologist who runs group reflective sessions for all the ARRS staff. It "
            "makes a massive difference to how I handle the heavy stuff."
        ),
        themes("pos"),
    ),
    (
        (
            "The practice manager thinks I'm a glorified receptionist and sends me anything with a social label on"
            " it, including a child protection case last week."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "Only that I hope someone reads these. Several of us in our network have gone off sick with stress "
            "this year."
        ),
        themes("well"),
    ),
    (
        (
            "Lost two patients this year, one to an overdose and one to cancer. Both hit me harder than I "
            "expected. My manager was great and gave me time, but there should be a formal process so it doesn't "
            "depend on who your manager is."
        ),
        themes("sup", "well", "pos"),
    ),
    (
        (
            "A housing worker I can actually phone. Homelessness is the biggest issue in my patch and the council "
            "team are impossible to reach - weeks for a call back."
        ),
        themes("comm"),
    ),
    (
        (
            "I work from a corridor cupboard with no laptop, so when someone discloses abuse I have to remember "
            "everything and type it up hours later on a shared PC."
        ),
        themes("it"),
    ),
    (
        (
            "The emotional side doesn't get recognised at all. GPs get Balint groups; we get nothing, and we're "
            "sitting with the same patients."
        ),
        themes("sup", "well"),
    ),
    (
        (
            "The biggest challenge is that there's no proper end point. When I close a case for someone with "
            "nowhere else to go, I'm basically leaving them alone. That sits with me."
        ),
        themes("comm", "well"),
    ),
    (
        (
            "I don't mind hoarding cases, they're some of the most rewarding work I do, but they take months, not "
            "six sessions, and they drag my numbers down on the PCN dashboard."
        ),
        themes("pos", "out"),
    ),
    (
        (
            "Suicide prevention training should be mandatory for every link worker, funded and in work time. I "
            "paid for ASIST myself."
        ),
        themes("train"),
    ),
    (
        (
            "Safeguarding is not a problem for us - the practice lead is brilliant and we have a clear pathway. "
            "The issue is simply volume: there are two of us for 60,000 patients."
        ),
        themes("staff", "pos"),
    ),
    (
        (
            "I spend my evenings thinking about the woman who went back to her abuser. I know it's her choice but "
            "it's hard to leave it at work."
        ),
        themes("well"),
    ),
    (
        (
            "Man in his 50s, wife died at Christmas, stopped eating, drinking heavily, son worried. Referred by "
            "the practice nurse."
        ),
        themes(),
    ),
    (
        (
            "I'm a band below the health coach in our PCN, yet I'm the one holding the people at risk. There is no"
            " next step up for me either."
        ),
        themes("pay", "career"),
    ),
    (
        (
            "Access to the mental health trust's notes. I can see EMIS but not RiO, so I don't know someone's "
            "history of self-harm until they tell me."
        ),
        themes("it"),
    ),
    (
        (
            "Clinical supervision from someone who is actually qualified. My line manager is a finance person and "
            "when I tried to talk about a patient's suicide attempt she changed the subject."
        ),
        themes("sup"),
    ),
    (
        (
            "A lot of my job now is crisis work I'm not equipped for: evictions, benefit sanctions, people with no"
            " food and no electric. That's not social prescribing, that's social work."
        ),
        themes("refer"),
    ),
    (
        (
            "Some patients should absolutely come to us even if they're complex - a lonely man with a drink "
            "problem often needs connection more than anything. I'd rather we had the training to do it safely "
            "than be told to refuse them."
        ),
        themes("train"),
    ),
    (
        (
            "I've been doing this four years and I've learned to protect myself. Good boundaries, supervision "
            "every month, a team that laughs together. I'm fine."
        ),
        themes("pos"),
    ),
    (
        (
            "Time. After a really bad session I need ten minutes to breathe, but I'm booked back to back."
        ),
        themes("staff", "well"),
    ),
    (
        (
            "Line management from someone who understands the role. Mine is the practice manager and her answer to"
            " everything is 'refer to the crisis team'."
        ),
        themes("sup"),
    ),
    (
        (
            "The domestic abuse service has a 3 month wait for cases that aren't high risk. In the meantime I'm "
            "the only person she talks to."
        ),
        themes("comm"),
    ),
    (
        (
            "Rural patients can't get to the bereavement group in town, there's one bus a day. So the grief "
            "support just doesn't reach them."
        ),
        themes("comm"),
    ),
    (
        (
            "Nobody measures the stuff that matters. A man who was planning to end his life is now volunteering at"
            " the food bank - how do I put that on a form? The outcome tools don't capture it."
        ),
        themes("out"),
    ),
    (
        (
            "I'm worried about my own mental health. I came into this after my own bereavement and some cases "
            "bring it all back."
        ),
        themes("well"),
    ),
    (
        (
            "Safeguarding referrals go into a black hole. I report concerns to adult social care and never hear "
            "back, and not knowing whether the person is safe keeps me awake."
        ),
        themes("comm", "well"),
    ),
    (
        (
            "Honestly it's a privilege. People tell me things they've never told anyone. It's heavy at times but "
            "I'm well supported by my PCN lead and I wouldn't swap it."
        ),
        themes("pos"),
    ),
    (
        (
            "Because I'm not clinical, the duty doctor didn't want to hear my concerns about a patient who'd said "
            "he had a plan. I had to push hard to be listened to."
        ),
        themes("clin"),
    ),
    (
        (
            "Can we have a proper induction that covers risk? I started with no induction at all and my second "
            "patient disclosed she was being strangled by her partner. I was shaking afterwards."
        ),
        themes("train", "well"),
    ),
    (
        (
            "Our lead link worker post was cut last year, so there's nobody to go to for advice on complex cases "
            "and nowhere to progress to."
        ),
        themes("sup", "career"),
    ),
    (
        (
            "Funding uncertainty makes it hard to hold long-term cases. I won't take on someone who needs a year's"
            " support when my post might end in six months."
        ),
        themes("pay"),
    ),
    ("See previous answer.", themes()),
    (
        (
            "The mental health team sends people back to us saying they don't meet threshold, and the GPs send "
            "them to us because we're the only ones with time. Link workers are becoming the mental health service"
            " by default."
        ),
        themes("refer", "comm"),
    ),
    (
        (
            "Better data sharing with the drug and alcohol service and the housing team. I'm constantly chasing "
            "information by phone because we can't see each other's systems."
        ),
        themes("it"),
    ),
    (
        (
            "A man I'd supported for a year died in a house fire. The practice was very kind - the GP partner came"
            " to find me and sat with me. That meant a lot."
        ),
        themes("pos"),
    ),
    (
        (
            "I'm expected to complete the outcome measure at first and last contact, but half my complex patients "
            "disappear - hospital, prison, or they've died. The data makes us look ineffective."
        ),
        themes("out"),
    ),
    (
        (
            "Hoarding and self-neglect should come with a proper multi-agency plan, not just be passed to the link"
            " worker. I end up holding all the risk."
        ),
        themes("refer"),
    ),
    (
        (
            "More team meetings where we can talk about cases. Working on your own in a GP practice means you "
            "absorb everything and have nowhere to put it."
        ),
        themes("sup", "well"),
    ),
    (
        (
            "It's exhausting, rewarding, frustrating and brilliant all at once. I wouldn't do anything else but "
            "I'm tired."
        ),
        themes("pos", "well"),
    ),
    (
        (
            "Most of the clinical team still think I just hand out leaflets. Then the same people send me a man "
            "who has tried to hang himself."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "Standardised pay across PCNs. I've just found out a link worker two miles away earns 3k more for the "
            "same job, and she doesn't get the complex cases I do."
        ),
        themes("pay"),
    ),
    (
        (
            "I do get monthly supervision, so that's not the issue. What I need is for GPs to stop sending me "
            "people in acute crisis."
        ),
        themes("refer"),
    ),
    (
        (
            "Suicide, overdose, cancer, a baby death in one family. I've been to more funerals this year than in "
            "the rest of my life, and I'm 29. I'm not sure how much longer I can do it."
        ),
        themes("well"),
    ),
    (
        (
            "Feel very supported by my team, we have a group chat and check in on each other after difficult days."
        ),
        themes("pos"),
    ),
    (
        (
            "Access to the SystmOne safeguarding templates and training on how to code a concern properly. At the "
            "moment I email the lead and hope."
        ),
        themes("it"),
    ),
    (
        (
            "There's been a big rise in street homeless people turning up at the practice. Two of my patients died"
            " outside this winter and there is one hostel for the whole town."
        ),
        themes("comm"),
    ),
    (
        (
            "Career-wise, I'd like to specialise in bereavement and mental health, but there's no structure, no "
            "specialist band, nothing. I'd have to leave social prescribing to do it."
        ),
        themes("career"),
    ),
    (
        (
            "The IT training we got was one hour on EMIS and nothing on how to record a safeguarding concern. I'm "
            "still not sure I'm doing it right."
        ),
        themes("it"),
    ),
    (
        (
            "Counselling for link workers after a patient dies should be automatic, not something we have to ask "
            "for."
        ),
        themes("sup", "well"),
    ),
]


# Written blind like HOLDOUT_9, by a forty-seventh engineer: answers shaped by the survey form (cross-references such
# as 'same as Q12' or 'see above', thoughts continued from an earlier question, yes/no misreadings, complaints about
# the survey, restated questions); labelled before the first run (against 1.23.0).
HOLDOUT_55: list[tuple[str, frozenset[str]]] = [
    ("Same as Q12.", themes()),
    ("See previous answer.", themes()),
    ("ditto", themes()),
    (
        (
            "As I said above, caseload. I now cover four surgeries on my own and the waiting list is about eight "
            "weeks."
        ),
        themes("staff"),
    ),
    ("Yes", themes()),
    ("No.", themes()),
    (
        (
            "What would help me in my role? Honestly, proper access to SystmOne. At the moment I have to email the "
            "practice manager to get a note added to the record, which is slow and means things get missed."
        ),
        themes("it"),
    ),
    (
        (
            "Continuing from my last answer - the other thing is that we have had no supervision at all since our "
            "lead left in March. I don't speak to anyone about the difficult cases."
        ),
        themes("sup"),
    ),
    (
        (
            "This survey is far too long and asks the same thing three times. I have already answered the "
            "challenges question."
        ),
        themes(),
    ),
    (
        (
            "1. Caseload too big 2. No EMIS log in 3. Band 4 with no way up 4. Contract ends March 5. GPs sending "
            "me housing crises 6. Not enough groups in a rural area 7. Outcome forms take ages"
        ),
        themes("staff", "it", "career", "pay", "refer", "comm", "out"),
    ),
    (
        (
            "Biggest challenges - see Q14, plus the fact that nobody in the practice seems to know what I do. "
            "Reception book patients in with me to fill in blue badge forms."
        ),
        themes("clin"),
    ),
    (
        (
            "Is there anything else? Yes - I love this job and the patients make it worthwhile, but I'm worn out."
        ),
        themes("pos", "well"),
    ),
    ("Yes, training.", themes("train")),
    ("No, not really, I am happy in my role and my PCN is supportive.", themes("pos")),
    ("As per my earlier answers. Nothing further, except thanks for asking.", themes()),
    (
        (
            "I know I keep repeating myself but pay. We are paid less than the care coordinators and carry far "
            "more risk."
        ),
        themes("pay"),
    ),
    (
        (
            "What are my biggest challenges? The referrals. I'm being sent people who are actively suicidal "
            "because the crisis team won't take them and the GP has nowhere else to send them."
        ),
        themes("refer"),
    ),
    (
        (
            "Same answer as the previous question really - more link workers. One of us for 40,000 patients is not "
            "workable."
        ),
        themes("staff"),
    ),
    (
        (
            "See above re IT access. Also I would really like to do a level 3 counselling skills course but "
            "there's no budget for it."
        ),
        themes("it", "train"),
    ),
    ("N/A - covered everything in the earlier boxes.", themes()),
    (
        (
            "Q: What would help you in your role? A: A clear career structure. I've been a link worker six years "
            "and there is no senior post to apply for anywhere in our ICB."
        ),
        themes("career"),
    ),
    (
        (
            "Please stop asking us to fill in surveys every few months. Between this, the PCN return and the "
            "WEMWBS scores we collect for every patient, I spend more time on forms than with people."
        ),
        themes("out"),
    ),
    (
        (
            "Again, supervision. I did mention it above but it's important enough to say twice. I've had one "
            "session in 18 months."
        ),
        themes("sup"),
    ),
    ("Yes I am - I'm looking for another job because of the pay.", themes("pay")),
    (
        (
            "I would just like to add to my earlier point about funding - our VCSE partners are closing groups "
            "left, right and centre because their grants have been cut, so I've got fewer and fewer places to send "
            "people."
        ),
        themes("comm"),
    ),
    ("Ditto Q9 and Q10. Also our team is brilliant and our manager really looks after us.", themes("pos")),
    (
        (
            "The question about challenges is the same as the question about what would help, so I'll just say: "
            "admin support so I can spend more time with patients, and a PCN manager who understands what we "
            "actually do."
        ),
        themes("staff", "clin"),
    ),
    (
        (
            "Not sure what this question is asking. If it's about challenges then travel - a lot of my patients "
            "live in villages with one bus a week so they can't get to anything I find for them."
        ),
        themes("comm"),
    ),
    (
        (
            "Copied from my appraisal: - Access to clinical supervision with someone qualified - Protected CPD "
            "time, at least half a day a month - A smartcard so I can read the notes before seeing patients - A "
            "band 5 lead role so there is somewhere to go next - Recognition from the GPs that we are not just a "
            "signposting service"
        ),
        themes("sup", "train", "it", "career", "clin"),
    ),
    ("See answer to Q7. Caseloads are the root of everything.", themes("staff")),
    (
        (
            "Following on from the last question - the stress. I've been off for three weeks this year with "
            "anxiety and I know two colleagues who have been off too."
        ),
        themes("well"),
    ),
    (
        (
            "Yes - the contract. Mine is fixed term to March and nobody can tell me whether ARRS will be renewed."
        ),
        themes("pay"),
    ),
    (
        (
            "No problems with IT, I've had full EMIS access since day one. The real issue is the number of "
            "patients we're expected to see."
        ),
        themes("staff"),
    ),
    ("I enjoy it. Simple as that.", themes("pos")),
    (
        (
            "As above. And the outcomes tool we've been told to use doesn't work for people with learning "
            "disabilities at all, so the scores are meaningless."
        ),
        themes("out"),
    ),
    (
        (
            "I don't think I need to repeat myself, everything is in my previous answers, but I'll say again that "
            "the survey should be shorter if you want people to actually finish it."
        ),
        themes(),
    ),
    (
        (
            "Anything else? Only that I feel like I'm doing the job of a social worker for band 4 money."
        ),
        themes("pay", "refer"),
    ),
    (
        (
            "Training on SNOMED codes would help - as mentioned, I'm never sure which ones to use and the practice "
            "just tells me to 'pick one'."
        ),
        themes("it"),
    ),
    ("Same as Q3 (more staff) and Q5 (better pay).", themes("staff", "pay")),
    (
        (
            "What are your biggest challenges? Where do I start. GPs who think I'm a receptionist, patients with "
            "needs way beyond what social prescribing can offer, and a waiting list of 60 people."
        ),
        themes("clin", "refer", "staff"),
    ),
    ("-", themes()),
    (
        (
            "I answered this in the box before but it cut me off at the character limit, so to finish: ...and "
            "that's why I think every link worker needs a named clinical supervisor, not just a line manager who "
            "checks our numbers."
        ),
        themes("sup"),
    ),
    ("Repeated question? I think I've already said I'm happy. Best job I've had.", themes("pos")),
    (
        (
            "More training. More training. More training. Sorry, but I've written this on every one of these "
            "surveys for three years and nothing has changed."
        ),
        themes("train"),
    ),
    (
        (
            "No - I mean yes. I'd like to be able to work from home one day a week but I haven't got a laptop, I "
            "have to use the practice PC."
        ),
        themes("it"),
    ),
    (
        (
            "Continuing my answer to the previous question as I ran out of space: the emotional side of the job is "
            "hard. You hear about abuse, bereavement, people who've lost everything. There's nobody to offload to "
            "afterwards and I take it home with me every night."
        ),
        themes("well", "sup"),
    ),
    ("See previous. Same issues as last year's survey - workload and pay.", themes("staff", "pay")),
    (
        (
            "To answer the question 'What would help you in your role' - a proper induction. I was handed a list "
            "of phone numbers on my first day and that was it."
        ),
        themes("train"),
    ),
    (
        (
            "Data, data, data. Every commissioner wants a different spreadsheet and none of them ask about what "
            "actually changed for the patient."
        ),
        themes("out"),
    ),
    (
        (
            "As I said earlier, our PCN has been great and the clinical director really champions the role. The "
            "only thing I'd change is having somewhere to go next career-wise - I'm capped at band 4."
        ),
        themes("pos", "career"),
    ),
    ("The question doesn't really apply as I'm new, but I'd say the induction was non-existent.", themes("train")),
    (
        (
            "I've ticked 'strongly disagree' on the question about feeling part of a team, and I'll explain here: "
            "I'm based on my own in a practice and never see another SPLW from one month to the next."
        ),
        themes("sup"),
    ),
    (
        (
            "Challenges (copied from our team meeting notes): * referrals for safeguarding that should go to the "
            "local authority * groups that have stopped running since the council cut their funding * no one to "
            "cover when I'm on leave so my list just grows * still no decision on whether our posts continue after "
            "March"
        ),
        themes("refer", "comm", "staff", "pay"),
    ),
    ("Yes, see Q4.", themes()),
    (
        (
            "My answer to 'what would help' is the same as my answer to 'biggest challenges' - just reverse it. "
            "The challenge is burnout; what would help is not being burnt out."
        ),
        themes("well"),
    ),
    (
        (
            "This is the third time I've been asked about IT in this survey. For the record: no access to the "
            "record, no smartcard, nothing."
        ),
        themes("it"),
    ),
    (
        (
            "Honestly I'm tired of these questions. Nothing changes, we still have no one to supervise us."
        ),
        themes("sup"),
    ),
    (
        (
            "In response to 'anything else' - just that the patients are amazing and the difference you can make "
            "in a few sessions is incredible. It keeps me going."
        ),
        themes("pos"),
    ),
    (
        (
            "See my previous answers about supervision and the GPs not understanding the role. On top of that, our "
            "hub gets sent referrals for people who just need a benefits form filled in, which isn't what we're "
            "for."
        ),
        themes("sup", "clin", "refer"),
    ),
    (
        (
            "Would it help if I had more time? Yes. Would it help if there were more of us? Yes. Would it help if "
            "we had a pay rise? Also yes."
        ),
        themes("staff", "pay"),
    ),
    (
        (
            "I'd like the NHS to recognise that link workers aren't a cheap alternative to counsellors. We are "
            "being asked to hold people with serious mental illness because secondary care is full."
        ),
        themes("refer", "clin"),
    ),
    ("Nothing to add that I haven't already said about IT.", themes("it")),
    (
        (
            "Please see my comments under Q15 re workload - I won't repeat it all. One new thing: our outcomes "
            "have to go into a separate system that doesn't talk to EMIS, so everything gets entered twice."
        ),
        themes("staff", "out"),
    ),
    (
        (
            "Question 20 asks whether I feel valued by my PCN. I wanted to say more than the tick box allows: yes "
            "by the GPs, no by the nurses, who still think I'm there to do their referrals to the gym."
        ),
        themes("pos", "clin"),
    ),
    ("Band 4 with no progression, same as I put in the career section.", themes("career")),
    ("What would help? Knowing I still have a job next year.", themes("pay")),
    ("Nope, all good here, I get on well with the team.", themes("pos")),
    (
        (
            "You ask what my biggest challenges are. The biggest is that the community offer round here has shrunk "
            "massively - the lunch club, the men's shed and the walking group have all gone in the last year - so "
            "I end up holding people myself for months because there's nowhere to refer them on to, which pushes "
            "my caseload up."
        ),
        themes("comm", "staff"),
    ),
    (
        (
            "Peer support - I said it before but we used to have a monthly link worker network meeting and it "
            "stopped when the funding went. I miss it."
        ),
        themes("sup"),
    ),
    ("Same as Q11 but I'd add that I'm exhausted.", themes("well")),
    (
        (
            "The question about 'barriers to recording outcomes' and the one about 'challenges' overlap - my "
            "answer to both is that ONS4 takes up half my first appointment and patients find it intrusive."
        ),
        themes("out"),
    ),
    (
        (
            "I feel a bit silly saying this on a survey but I really do love my job. My team is fantastic."
        ),
        themes("pos"),
    ),
    (
        (
            "Please refer to my answer to the previous question. (The GP partners don't understand social "
            "prescribing and see me as an extra pair of hands for admin.)"
        ),
        themes("clin"),
    ),
    ("As above - no clinical supervision, no peer support, and no training budget.", themes("sup", "train")),
    (
        (
            "Re the question about my contract: I'm employed by a charity on a one-year grant and we find out in "
            "February each year whether we still exist."
        ),
        themes("pay"),
    ),
    (
        (
            "I would echo what I said at the start about needing more link workers. Our wait for a first "
            "appointment is now 10 weeks."
        ),
        themes("staff"),
    ),
    (
        (
            "Is there anything else? I would like some trauma-informed training, as I'm hearing some really "
            "distressing things and don't always know how to respond. It's affecting my sleep."
        ),
        themes("train", "well"),
    ),
    ("See above x3", themes()),
    (
        (
            "I'll try not to repeat what I wrote earlier. The thing I haven't mentioned is career progression - I "
            "did my level 4 qualification off my own back and there's nothing to use it for, no senior link worker "
            "posts in our area, and the only way up is to leave social prescribing altogether."
        ),
        themes("career"),
    ),
    (
        (
            "Our PCN is good to work for and I've had plenty of training. Genuinely the only issue is that rural "
            "patients can't reach the services in town."
        ),
        themes("pos", "comm"),
    ),
]


# Written blind like HOLDOUT_9, by a forty-eighth engineer: workplace relationships and culture (receptionists,
# practice managers, clinical directors, other ARRS roles, the host charity: being left out, treated as admin,
# micromanaged, trusted, part of the MDT); labelled before the first run (against 1.23.0).
HOLDOUT_56: list[tuple[str, frozenset[str]]] = [
    (
        (
            "Reception staff still book people in with me to chase prescriptions and fit notes. They seem to "
            "think I'm an extra admin person rather than a link worker."
        ),
        themes("clin"),
    ),
    (
        (
            "My practice manager is brilliant. She checks in every week, signs off my leave without fuss and "
            "actually asks what I need."
        ),
        themes("pos"),
    ),
    (
        (
            "I'm never invited to the practice clinical meetings, even when they're discussing patients I'm "
            "working with. I find out decisions second hand."
        ),
        themes("clin"),
    ),
    ("n/a", themes()),
    (
        (
            "My line manager at the host charity wants a breakdown of every hour, checks my calendar daily and "
            "questions every home visit. It feels like I'm not trusted to do the job I was hired for."
        ),
        themes("sup"),
    ),
    (
        (
            "Being the only non-clinician in the PCN team can be lonely. When a case goes badly I don't really "
            "have anyone to debrief with, and the GPs are kind but they don't get what I do."
        ),
        themes("sup", "clin"),
    ),
    (
        (
            "The care coordinators and health and wellbeing coaches in our PCN are a great little team. We share "
            "an office, cover each other's leave and bounce ideas around. Honestly the best part of the job."
        ),
        themes("pos"),
    ),
    (
        (
            "It's never clear who signs off my annual leave - the charity says the PCN, the PCN manager says the "
            "charity. Last year I lost three days because nobody would approve them in time."
        ),
        themes("sup"),
    ),
    (
        (
            "I cover two practices whose clinical directors don't get on, and there's no single person I report "
            "to, so I get pulled in two directions. It's exhausting trying to keep everyone happy."
        ),
        themes("sup", "well"),
    ),
    (
        (
            "Our clinical director treats me as a proper member of the MDT. I present at the monthly meeting and "
            "the GPs ask my opinion on patients. I feel respected."
        ),
        themes("pos"),
    ),
    (
        (
            "More respect from the practice nurses would help. One of them calls me 'the befriending lady' in "
            "front of patients."
        ),
        themes("clin"),
    ),
    (
        (
            "The pharmacist and I have started doing joint reviews for people on lots of medication who are "
            "lonely. It's working really well and I'd love to see it rolled out more widely."
        ),
        themes("pos"),
    ),
    (
        (
            "Honestly the GPs are fine, it's the practice manager. She sees me as someone she can offload any "
            "task to - phoning patients about flu jabs, filing, covering reception at lunch. It eats into the "
            "time I should spend with patients and my waiting list keeps growing."
        ),
        themes("clin", "staff"),
    ),
    ("Nothing to add.", themes()),
    (
        (
            "What would help: a named clinical supervisor. At the moment when something goes wrong I ring another "
            "link worker from a neighbouring PCN on my own phone."
        ),
        themes("sup"),
    ),
    (
        (
            "When a patient disclosed abuse to me, the duty GP was really supportive and walked me through the "
            "safeguarding referral. I felt properly backed up."
        ),
        themes("pos"),
    ),
    (
        (
            "The PCN manager is new and keeps changing how we record things. We've had three different "
            "spreadsheets this year and now she wants weekly ONS4 returns on top of the EMIS coding."
        ),
        themes("out"),
    ),
    (
        (
            "At MDT meetings I'm the only one without a clinical background and I sometimes feel talked over. "
            "When I do speak up about someone's housing or isolation it's treated as a nice extra rather than "
            "part of their care."
        ),
        themes("clin"),
    ),
    ("I love my job. Great team, supportive manager, rewarding work.", themes("pos")),
    (
        (
            "Being treated as a signposting service. Reception hand out my number to anyone who mentions money "
            "worries, then people turn up expecting me to sort their debts and benefit appeals in one session."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "The host charity and the PCN don't talk to each other. The charity does my supervision, the PCN sets "
            "my targets, and neither knows what the other wants. I'm stuck in the middle."
        ),
        themes("sup"),
    ),
    (
        (
            "I'd like the receptionists to get a short session on what social prescribing is. Half of them have "
            "been here years and still don't know what I do."
        ),
        themes("clin"),
    ),
    (
        (
            "My health and wellbeing coach colleague left in March and hasn't been replaced, so I've picked up "
            "her caseload on top of mine. Everyone is kind about it but kindness doesn't shorten the list."
        ),
        themes("staff"),
    ),
    (
        (
            "The care coordinators were put on a higher band than me even though I hold more complex cases and "
            "they come to me for advice. It doesn't feel fair."
        ),
        themes("pay"),
    ),
    (
        (
            "I'm trusted to manage my own diary and work from the community hub two days a week. That trust makes "
            "a huge difference to how I feel about the job."
        ),
        themes("pos"),
    ),
    (
        (
            "I don't have a smartcard so I have to ask the receptionist to look things up for me, which she "
            "clearly resents. It's awkward and it slows everything down."
        ),
        themes("it"),
    ),
    (
        (
            "Since the new clinical director came in things have changed completely - I'm in the weekly huddle, "
            "GPs message me directly and we talk about patients together. Before that I was basically invisible."
        ),
        themes("pos"),
    ),
    ("-", themes()),
    (
        (
            "The practice manager signs off my leave, my supervision is with the charity and my clinical "
            "questions go to whichever GP is free. Three bosses and nobody really responsible for me."
        ),
        themes("sup"),
    ),
    (
        (
            "I dread Monday meetings. The practice manager picks apart my work in front of everyone and it leaves "
            "me anxious for the rest of the week."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "More link workers. One of us for 40,000 patients is not enough, and the GPs keep asking why people "
            "wait six weeks to see me."
        ),
        themes("staff"),
    ),
    (
        (
            "The GPs in my main surgery are lovely and refer well. The problem is there is nowhere to send people "
            "- the lunch club closed, the befriending service has a waiting list until spring and there's no bus "
            "out to the villages."
        ),
        themes("pos", "comm"),
    ),
    (
        (
            "It would help if I was asked before being volunteered for things. The PCN manager offered me up to "
            "run the carers' clinic and the men's walking group without checking whether I had the time."
        ),
        themes("staff"),
    ),
    (
        (
            "The PCN pharmacist keeps sending me patients in acute mental health crisis because she says they "
            "'need someone to talk to'. It's not my role and it frightens me."
        ),
        themes("refer", "well"),
    ),
    (
        (
            "I feel like a valued part of the MDT and my GP lead always makes time to discuss difficult cases. I "
            "just wish there was some kind of progression - I've been on the same band for four years with "
            "nowhere to go."
        ),
        themes("pos", "career"),
    ),
    (
        (
            "Being left off the practice email list means I miss staff meetings, protected learning afternoons "
            "and even the Christmas do. Small thing but it says a lot about how the role is seen."
        ),
        themes("clin"),
    ),
    (
        (
            "I'd welcome some training on working with clinical teams - how to present a case at MDT, what "
            "language to use - so I'm taken more seriously by the doctors."
        ),
        themes("train", "clin"),
    ),
    (
        (
            "The charity is a wonderful employer but the contract runs out next March and nobody can tell us if "
            "the PCN will renew. I've started looking at other jobs."
        ),
        themes("pos", "pay"),
    ),
    ("Nothing else, thanks.", themes()),
    (
        (
            "No complaints about the people I work with, everyone is supportive. The caseload is the problem: 60 "
            "open cases and more coming every week."
        ),
        themes("pos", "staff"),
    ),
    (
        (
            "The health and wellbeing coach, the care coordinator and I share one PC that has SystmOne on it. We "
            "end up queuing to write our notes."
        ),
        themes("it"),
    ),
    (
        (
            "My manager doesn't trust me to make decisions. Every closure has to be approved by her and every new "
            "group I want to refer into has to be vetted. It's frustrating after six years in the job."
        ),
        themes("sup"),
    ),
    (
        (
            "When a case goes wrong I go to the senior care coordinator. She isn't my manager but she's the only "
            "one who gets it. There should be proper supervision built into the role."
        ),
        themes("sup"),
    ),
    (
        (
            "The receptionists here are the unsung heroes. They know every patient and often spot who needs me "
            "before the GPs do."
        ),
        themes("pos"),
    ),
    (
        (
            "I'm treated as admin by the PCN. I spend half my week doing patient searches, sending texts for "
            "health checks and collating figures for the PCN board. None of that is what I came into this for."
        ),
        themes("clin", "out"),
    ),
    (
        (
            "The PCN only ever asks me for contact numbers. Nobody asks what a good outcome looks like for my "
            "patients, and a count of appointments doesn't show the difference we make."
        ),
        themes("out"),
    ),
    (
        (
            "I'd like peer support. I'm the only link worker in the building and I have nobody at my level to "
            "talk cases through with."
        ),
        themes("sup"),
    ),
    (
        (
            "Great PCN, great manager, but the building is awful - no private room to see patients so I end up in "
            "the corridor or the staff kitchen."
        ),
        themes("pos"),
    ),
    ("Parking.", themes()),
    (
        (
            "The pharmacist and the first contact physio both have their own rooms and their clinic lists set up "
            "by reception. I'm hot-desking and booking my own patients. It tells you where we sit in the pecking "
            "order."
        ),
        themes("clin"),
    ),
    (
        (
            "Having the mental health practitioner sit in the same room as me has been brilliant. When something "
            "is beyond me I can hand over there and then rather than waiting for a referral to go through."
        ),
        themes("pos"),
    ),
    (
        (
            "GPs refer me people with serious hoarding, eviction notices and active suicidal thoughts because "
            "there's 'nobody else'. I understand why, but I end up holding risk I shouldn't be holding and "
            "there's no one to talk it through with."
        ),
        themes("refer", "sup"),
    ),
    (
        (
            "Would love a proper induction for new link workers. I was shown my desk on day one and it took me "
            "months to work out who does what in the practice."
        ),
        themes("train"),
    ),
    (
        (
            "Feeling part of something. The Friday team lunch with the care coordinators and coaches keeps me "
            "going on hard weeks."
        ),
        themes("pos"),
    ),
    (
        (
            "The host charity pays us less than the PCN pays its own care coordinators for basically the same "
            "hours, and we don't get the NHS pension. It causes a lot of resentment between the two teams."
        ),
        themes("pay"),
    ),
    (
        (
            "Our practice manager has been off sick for months and nobody has stepped in. Nobody is doing my "
            "one-to-ones, my appraisal is overdue and I don't know who to ask about leave."
        ),
        themes("sup"),
    ),
    (
        (
            "I'd like the GPs to read my notes. I write up detailed plans on EMIS and then a GP phones the "
            "patient and tells them something completely different."
        ),
        themes("clin"),
    ),
    (
        (
            "I'm stuck. There is no senior link worker post in our PCN and the only way up seems to be becoming a "
            "care coordinator or leaving altogether. The role needs a proper ladder."
        ),
        themes("career"),
    ),
    ("see previous answer", themes()),
    (
        (
            "Being trusted by the GPs has been the biggest change this year. Last year I was begging for "
            "referrals, now they ask me to join case reviews. It's hugely rewarding."
        ),
        themes("pos"),
    ),
    (
        (
            "Too much time spent on the phone to the council. Their housing team has a three-month wait for "
            "assessments, officers don't call back and the patient blames me. I go home shattered most days."
        ),
        themes("comm", "well"),
    ),
    (
        (
            "The care coordinator in our team has become the person we all turn to when a case goes wrong. She's "
            "amazing, but it shouldn't all fall on her - we need proper supervision from someone whose job it is."
        ),
        themes("sup", "pos"),
    ),
    (
        (
            "The practice staff have started calling me 'the social worker', which is wrong and sets up "
            "expectations I can't meet. A bit more awareness of what link workers actually do would go a long "
            "way."
        ),
        themes("clin"),
    ),
    (
        (
            "Lonely. I'm split between practices and don't really belong to any of them. No team, no base, no-one "
            "who notices if I'm having a bad day."
        ),
        themes("sup"),
    ),
    (
        (
            "The GP partners are supportive in principle, but in practice I'm the first thing to go when rooms "
            "are short. My clinic gets cancelled so a locum can use the room."
        ),
        themes("clin"),
    ),
    (
        (
            "The wellbeing coach and I get on really well, but we've been told to split our patients by postcode, "
            "which makes no sense. The PCN manager didn't ask either of us before deciding."
        ),
        themes("pos", "sup"),
    ),
    (
        (
            "I'd like a laptop so I can work from the community centre. At the moment I have to come back to the "
            "surgery to write everything up, and the practice manager won't sign off remote access."
        ),
        themes("it"),
    ),
    (
        (
            "Nowhere to go from here. I've been a link worker six years, trained two new starters and helped set "
            "up our PCN's service, and I'm still on the same grade as the day I started."
        ),
        themes("career"),
    ),
    (
        (
            "Supervision is excellent - monthly with a psychotherapist paid for by the charity. That and the "
            "reflective practice group with other link workers keep me sane. Wish every link worker had the same."
        ),
        themes("pos"),
    ),
    (
        (
            "My PCN manager expects me to chase every patient three times, record why they didn't engage and then "
            "produce a monthly report for the board. I'm spending a day a week on paperwork that nobody reads."
        ),
        themes("out"),
    ),
    (
        (
            "I'd like protected time for CPD. I've asked the practice manager twice about a course on "
            "trauma-informed practice and both times it was 'not this quarter'."
        ),
        themes("train"),
    ),
    (
        (
            "The clinical pharmacist is the only clinician who really gets social prescribing. He refers "
            "brilliantly - people who are isolated, recently bereaved, struggling with long-term conditions. I "
            "wish the GPs were more like him."
        ),
        themes("pos", "clin"),
    ),
    (
        (
            "The health and wellbeing coaches and I do different work but the practice constantly mixes us up. "
            "Patients get booked with the wrong person and then we both look bad."
        ),
        themes("clin"),
    ),
    (
        (
            "Honestly, I cry in the car some days. The patients are hard enough, but it's the feeling that no-one "
            "in the practice has my back when something goes wrong."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "Our PCN clinical director fought to keep the link worker posts when the ARRS money was being moved "
            "around. I know he values us. Whether that will be enough next year, who knows."
        ),
        themes("pos", "pay"),
    ),
    (
        (
            "The weekly MDT is the highlight of my week. Everyone from the pharmacist to the paramedic brings "
            "cases and I get to add the bit about what's going on in people's lives. I learn a lot from them."
        ),
        themes("pos"),
    ),
    (
        (
            "The voluntary groups I refer into are run by volunteers who are themselves burning out. Several have "
            "folded this year and the ones left have waiting lists. Some weeks I have nowhere to send people."
        ),
        themes("comm"),
    ),
    (
        (
            "I'd like reception to take my requests seriously. When I ask for a patient to get a GP appointment "
            "they put it to the back of the queue because it's 'only social prescribing'."
        ),
        themes("clin"),
    ),
    (
        (
            "The PCN wants all outcomes done on WEMWBS now, but it sits in a different template from the one the "
            "coaches use, so half my patients get asked the same questions twice. We need one agreed tool across "
            "the team."
        ),
        themes("out"),
    ),
    (
        (
            "IT access is fine now and the pay is fine. The real issue is office politics - the two senior "
            "receptionists decide who gets a room and I'm always last in line."
        ),
        themes("clin"),
    ),
]


# Written blind like HOLDOUT_9, by a forty-ninth engineer: answers phrased as concrete proposals and solutions with
# the problem left implied (a buddy scheme, a shared directory of groups, a senior post in every PCN, ring-fenced CPD
# time, one login, a standard template, pilots to spread), and proposals for patients or the public that are no theme;
# labelled before the first run (against 1.24.0).
HOLDOUT_57: list[tuple[str, frozenset[str]]] = [
    (
        (
            "A buddy scheme that pairs every new starter with an experienced link worker for their first six "
            "months, as part of a proper induction."
        ),
        themes("sup", "train"),
    ),
    ("A shared directory of local groups and services that someone is actually paid to keep up to date.", themes()),
    (
        "A senior link worker post in every PCN, so there is somewhere to go after three years in the job.",
        themes("career"),
    ),
    (
        (
            "Ring-fenced Friday afternoons for CPD, written into the job description so the practice can't fill "
            "them with appointments."
        ),
        themes("train"),
    ),
    (
        (
            "One login for everything - EMIS, the referral platform and email - instead of four passwords and a "
            "smartcard that only works in one building."
        ),
        themes("it"),
    ),
    (
        (
            "A named GP lead in each practice who champions the role and explains to colleagues what we do and "
            "what we don't do."
        ),
        themes("clin"),
    ),
    (
        (
            "A standard outcomes template instead of the three spreadsheets I fill in for the PCN, the ICB and "
            "the host charity."
        ),
        themes("out"),
    ),
    ("Band 5 as the minimum for the role, matched to what we actually carry.", themes("pay")),
    ("Permanent contracts rather than rolling twelve-month ones tied to ARRS.", themes("pay")),
    (
        (
            "Monthly group clinical supervision with a qualified supervisor, funded centrally so it doesn't "
            "depend on which PCN you're in."
        ),
        themes("sup"),
    ),
    ("n/a", themes()),
    ("A cap of 20 active patients per whole-time link worker.", themes("staff")),
    ("A second link worker in our PCN. One of us for 40,000 patients was never going to work.", themes("staff")),
    (
        "An admin assistant shared between the link workers to book rooms, chase DNAs and send out letters.",
        themes("staff"),
    ),
    (
        (
            "A small grants pot that link workers can release directly to community groups, so someone can start "
            "a walking group or a cookery class where there is nothing."
        ),
        themes("comm"),
    ),
    (
        (
            "A community transport scheme for the villages so patients can actually get to the groups we refer "
            "them to."
        ),
        themes("comm"),
    ),
    (
        (
            "A referral criteria sheet agreed with the GPs, so crisis mental health and safeguarding go to the "
            "right team and not to me."
        ),
        themes("refer"),
    ),
    (
        (
            "A direct line to the crisis team for when a patient tells me in an appointment that they are "
            "thinking of ending their life. At the moment I'm the one holding that."
        ),
        themes("refer"),
    ),
    (
        (
            "If I could ask the minister for one thing it would be recurrent funding for social prescribing, not "
            "year-by-year pots, so we stop wondering every March whether we still have a job."
        ),
        themes("pay"),
    ),
    (
        "Please keep the regional link worker network meetings going - they are the best part of my month.",
        themes("pos"),
    ),
    (
        (
            "Spread the Tuesday walk-in session we piloted at the library to other areas - it lets patients come "
            "along without needing a GP referral first."
        ),
        themes(),
    ),
    (
        (
            "A monthly wellbeing check-in with our manager, and access to the same staff counselling service the "
            "nurses get."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "Debriefs after the hard conversations. Some weeks I hear about abuse and bereavement every single "
            "day and I go home carrying it."
        ),
        themes("well", "sup"),
    ),
    (
        "Laptops that let us work from the community centre and still see and update the patient record.",
        themes("it"),
    ),
    (
        (
            "Proper EMIS training on coding social prescribing referrals with the right SNOMED codes, not being "
            "shown for ten minutes by a receptionist."
        ),
        themes("it"),
    ),
    (
        (
            "A cover arrangement across the PCN so one of us being off sick doesn't mean patients wait three "
            "weeks to be seen."
        ),
        themes("staff"),
    ),
    (
        (
            "One national outcome tool that everyone uses - pick ONS4 or WEMWBS and stick with it - so areas can "
            "be compared fairly."
        ),
        themes("out"),
    ),
    (
        (
            "Funding for the VCSE partners we lean on. The befriending charity has a six-month waiting list and "
            "the men's shed closed in the spring."
        ),
        themes("comm"),
    ),
    (
        (
            "A band 6 senior practitioner role with supervision responsibilities, so experienced link workers can "
            "stay in the job instead of leaving to progress."
        ),
        themes("career"),
    ),
    (
        (
            "I love this job. The patients, the groups, the GPs who pop their heads round the door to say thanks "
            "- it's the best role I've had."
        ),
        themes("pos"),
    ),
    (
        (
            "Keep the ARRS money but make it permanent, and tie our pay to the Agenda for Change uplifts every "
            "year."
        ),
        themes("pay"),
    ),
    (
        (
            "An apprenticeship or degree route in social prescribing that leads to a recognised qualification, so "
            "there is a proper way up."
        ),
        themes("train", "career"),
    ),
    (
        (
            "Short teach-in sessions for practice staff during their protected learning time, run by us, about "
            "what social prescribing is for."
        ),
        themes("clin"),
    ),
    (
        "Stop reception booking people in with me for blue badge forms and housing applications.",
        themes("clin", "refer"),
    ),
    (
        (
            "A debt and benefits adviser based in the PCN so I'm not the one doing PIP appeals and eviction "
            "paperwork."
        ),
        themes("refer"),
    ),
    ("-", themes()),
    (
        (
            "Time in the week to actually visit the groups I refer to, so I know what I'm sending people to. At "
            "the moment it's back-to-back appointments."
        ),
        themes("staff"),
    ),
    (
        (
            "A peer Teams channel across the ICB, run by the ICB, because I'm the only link worker in my building "
            "and there is nobody to bounce things off."
        ),
        themes("sup"),
    ),
    (
        (
            "A proper induction: shadowing, a reading list, the safeguarding course and someone to ask. I got a "
            "laptop and a login on day one and that was it."
        ),
        themes("train", "sup"),
    ),
    (
        (
            "Pay parity with health and wellbeing coaches and care coordinators, who are a band higher for very "
            "similar work."
        ),
        themes("pay"),
    ),
    (
        (
            "More GPs sitting in on one of our sessions. Once they see what we do, the referrals they send get "
            "much better."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "Read-and-write access to SystmOne rather than view-only, so my notes go in the record and not in a "
            "separate Word document."
        ),
        themes("it"),
    ),
    (
        (
            "A single reporting dashboard that pulls straight from the clinical system, so I stop entering every "
            "contact twice."
        ),
        themes("out"),
    ),
    (
        (
            "Money for a community connector to build groups where there aren't any - on our estate there is "
            "literally nothing for young mums."
        ),
        themes("comm"),
    ),
    (
        (
            "I'd ask the minister to protect council funding for libraries, leisure centres and youth clubs, "
            "because that's where most of my referrals end up."
        ),
        themes("comm"),
    ),
    (
        (
            "Flexible working and the option of compressed hours. The job is very draining and a four-day week "
            "would help me keep going."
        ),
        themes("well"),
    ),
    (
        (
            "Annual leave I can actually take. There's no cover, so every time I'm off my patients wait an extra "
            "two weeks."
        ),
        themes("staff"),
    ),
    (
        (
            "A ceiling on the number of practices one link worker covers. Four sites, four rotas and four sets of "
            "room bookings is too much for one person."
        ),
        themes("staff"),
    ),
    (
        (
            "Clinical supervision from someone with a mental health background, separate from my line manager, "
            "who is the practice manager and doesn't really know what the role is."
        ),
        themes("sup", "clin"),
    ),
    (
        (
            "Posters and a short video in GP waiting rooms telling patients what social prescribing is, in "
            "several languages."
        ),
        themes(),
    ),
    (
        "Free taster vouchers for patients, so cost isn't the reason someone never tries the swimming group.",
        themes("comm"),
    ),
    (
        (
            "Text message reminders for my appointments like the rest of the practice has. I'm still phoning "
            "everyone from the desk."
        ),
        themes("it"),
    ),
    ("Patients should be able to refer themselves through the NHS App.", themes()),
    ("Thanks for running the survey, I hope the results get shared with us afterwards.", themes()),
    ("See above.", themes()),
    (
        (
            "A named lead at the ICB who looks out for link workers, because in a GP practice nobody is really "
            "managing us."
        ),
        themes("sup"),
    ),
    (
        (
            "An away day once a year for all the link workers in the borough. We ran one last year and it was "
            "brilliant to be in a room with people doing the same job."
        ),
        themes("sup", "pos"),
    ),
    (
        (
            "Outcome measures that make sense to patients. Asking someone who has just been bereaved to score "
            "themselves out of ten feels wrong."
        ),
        themes("out"),
    ),
    (
        "Someone to do the data returns for us - I lose most of Friday to the quarterly report.",
        themes("out", "staff"),
    ),
    (
        (
            "Case studies counted as evidence alongside the numbers, because the numbers don't show what actually "
            "changes for people."
        ),
        themes("out"),
    ),
    (
        (
            "A commitment from the PCN to keep the role long term. We keep hearing the money might go after the "
            "next contract round."
        ),
        themes("pay"),
    ),
    (
        (
            "Being invited to practice meetings as a member of the team, not squeezed in as an afterthought at "
            "the end."
        ),
        themes("clin"),
    ),
    (
        "A written route from link worker to team lead to service manager, the same across the whole ICS.",
        themes("career"),
    ),
    (
        (
            "A CPD budget of a few hundred pounds a year each, and permission to spend it on trauma-informed "
            "practice and motivational interviewing courses."
        ),
        themes("train"),
    ),
    (
        (
            "Funded counselling for link workers. We lost two patients to suicide this year and nobody asked how "
            "we were doing."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "The practice team here is brilliant - the GPs refer thoughtfully and the care coordinators and I "
            "work as one team. Long may it continue."
        ),
        themes("pos"),
    ),
    (
        (
            "If I could ask for three things: a second link worker so our waiting list goes from eight weeks to "
            "two; a laptop with remote EMIS so I can write notes on home visits; and a senior role to aim for, as "
            "I've been on band 4 for five years. Otherwise I really enjoy the work and the patients are why I "
            "stay."
        ),
        themes("staff", "it", "career", "pos"),
    ),
    (
        (
            "A clear pathway for patients who need more than we can offer - a direct route into secondary mental "
            "health, adult social care and the housing team, instead of sending them back to the GP who sends "
            "them straight back to me."
        ),
        themes("refer"),
    ),
    (
        (
            "Triage by a clinician before referrals reach us, so we get the people social prescribing can "
            "actually help."
        ),
        themes("refer"),
    ),
    (
        (
            "An ICB-wide awareness push aimed at practice managers and reception teams explaining the link worker "
            "role, with a one-page leaflet they can keep by the phone."
        ),
        themes("clin"),
    ),
    (
        (
            "Recognition as a profession in our own right - national standards and a register, like the other "
            "ARRS roles have."
        ),
        themes("clin"),
    ),
    (
        "Honestly, smaller caseloads and the time to do the job properly would fix most of my stress.",
        themes("staff", "well"),
    ),
    ("More training on hoarding, domestic abuse and autism - we see all of it.", themes("train")),
    (
        (
            "Access to the practice shared drive and intranet. Policies still get forwarded to my personal email "
            "because I'm not on the network."
        ),
        themes("it"),
    ),
    (
        (
            "A GP partner who chairs a monthly MDT with us, so complex cases get shared rather than parked with "
            "the link worker."
        ),
        themes("refer", "sup"),
    ),
    (
        (
            "A mentor from outside your own employer for every link worker in their first year. Our VCSE host ran "
            "this for us and it worked really well."
        ),
        themes("sup", "pos"),
    ),
    (
        (
            "A yearly impact report put together by the ICB for all of us, so we can show GPs and funders what we "
            "achieve without each of us writing our own."
        ),
        themes("out"),
    ),
    (
        (
            "Stable funding for the service so I can plan beyond March, and a pay rise that reflects the "
            "safeguarding responsibility we carry."
        ),
        themes("pay"),
    ),
    (
        (
            "Time to recover when I'm running on empty. I went off sick with stress last winter and came back to "
            "60 people waiting."
        ),
        themes("well", "staff"),
    ),
    ("The national webinars and the Futures workspace are excellent - please keep funding them.", themes("pos")),
]


# Written blind like HOLDOUT_9, by a fiftieth engineer: answers built from rhetorical questions and exclamations (why
# is it that, who is supposed to, how are we meant to, since when, what happens to my patients when), a few genuine
# questions to NHS England and exclamations of delight; labelled before the first run (against 1.24.0).
HOLDOUT_58: list[tuple[str, frozenset[str]]] = [
    (
        (
            "Why is it that every GP in the building still thinks I'm there to sort out bus passes and food bank "
            "vouchers? How many times do I have to explain what social prescribing actually is?"
        ),
        themes("clin"),
    ),
    (
        (
            "How are we meant to see forty new referrals a month with one link worker covering four practices? "
            "Who decided that was realistic?"
        ),
        themes("staff"),
    ),
    (
        (
            "Since when was a suicidal patient an appropriate referral for social prescribing? I'm not a crisis "
            "team!"
        ),
        themes("refer"),
    ),
    (
        (
            "What happens to my patients when the only befriending group in town closes in March? Where am I "
            "supposed to send them then?"
        ),
        themes("comm"),
    ),
    (
        (
            "Would a GP put up with not being able to open the patient record? Why do I have to ask reception to "
            "read me the notes over the phone?"
        ),
        themes("it"),
    ),
    (
        (
            "Who is supposed to supervise me? I've had no clinical supervision in eighteen months and nobody "
            "seems to think that's a problem."
        ),
        themes("sup"),
    ),
    (
        (
            "How am I meant to plan my life when my contract ends in April and nobody can tell me if the ARRS "
            "money is still there?"
        ),
        themes("pay"),
    ),
    (
        (
            "Honestly? I love this job! Seeing someone walk into a craft group after two years stuck indoors - "
            "what could be better?"
        ),
        themes("pos"),
    ),
    ("n/a", themes()),
    (
        (
            "Why is there no band 6 or lead role anywhere in our area? Am I supposed to do exactly the same job "
            "at the same band for the next twenty years?"
        ),
        themes("career"),
    ),
    (
        (
            "Why do we have to fill in WEMWBS at the start and end of every case when half my patients can't read"
            " the form? Who actually looks at these numbers?"
        ),
        themes("out"),
    ),
    (
        (
            "How much longer can I keep carrying everyone's trauma home with me? Some nights I can't sleep for "
            "thinking about them."
        ),
        themes("well"),
    ),
    (
        (
            "When will there be properly funded training for link workers? Why do I have to pay for my own "
            "courses out of a salary this small?"
        ),
        themes("train", "pay"),
    ),
    (
        (
            "Why does nobody in the NHS talk about the housing crisis? How is anyone supposed to get well living "
            "in a damp flat with mould up the walls?"
        ),
        themes(),
    ),
    (
        (
            "What a job! Who else gets paid to help people find their way back to life? My GPs are brilliant and "
            "really get it."
        ),
        themes("pos"),
    ),
    (
        (
            "Is NHS England planning a national career framework for link workers, and if so, when will we see "
            "it?"
        ),
        themes("career"),
    ),
    (
        (
            "Why are we expected to hold the mental health waiting list for them? Who decided a link worker "
            "should be keeping someone with active self-harm safe for months?"
        ),
        themes("refer"),
    ),
    (
        (
            "How are we supposed to prove impact when the outcome tool changes every year and the data never "
            "comes back to us? What is it all for?"
        ),
        themes("out"),
    ),
    (
        (
            "Who is my line manager this week? Honestly, I've had three in a year and none of them has ever met "
            "me in person."
        ),
        themes("sup"),
    ),
    (
        (
            "Why is there no laptop for me? How am I meant to do home visits and write up notes when I share one "
            "desktop with the pharmacist?"
        ),
        themes("it"),
    ),
    (
        (
            "Why should patients in the villages have to give up because the bus only comes twice a week? How is "
            "that social prescribing?"
        ),
        themes("comm"),
    ),
    ("nothing else to add thanks", themes()),
    (
        (
            "Who thought it was a good idea to put one link worker in a PCN of 60,000 patients? And why is anyone"
            " surprised there's a three month wait to see me?"
        ),
        themes("staff"),
    ),
    (
        (
            "Would a practice nurse be left without clinical supervision? Would a paramedic? Then why is it fine "
            "for us? I'm exhausted and there is nobody to offload to."
        ),
        themes("sup", "well"),
    ),
    (
        (
            "How can I be a 'specialist' one day and the person who chases repeat prescriptions the next? When "
            "will the practice understand that I am not spare admin?"
        ),
        themes("clin"),
    ),
    (
        (
            "Why am I paid less than the care coordinator down the corridor when I carry far more risk and "
            "responsibility? Does that count for nothing round here?"
        ),
        themes("pay"),
    ),
    (
        (
            "What happens to my patients when the 12 weeks are up and there's nothing in the community to hand "
            "them on to? Do they just go back to the GP?"
        ),
        themes("comm"),
    ),
    (
        (
            "Why, oh why, do we have to code everything in SNOMED when nobody ever showed us how? Where is the "
            "training on the clinical system?"
        ),
        themes("it"),
    ),
    (
        (
            "Is there going to be a national peer network for link workers? Who do I ask about joining one?"
        ),
        themes("sup"),
    ),
    (
        (
            "I get to spend an hour with someone who has never been listened to - how lucky am I! Best job I've "
            "ever had."
        ),
        themes("pos"),
    ),
    (
        (
            "Why do I keep getting referrals for people who just need a blue badge form filled in? And why, when "
            "I say no, am I called unhelpful?"
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "Where are all these community groups supposed to be? Half of them folded after Covid and the rest "
            "have waiting lists of months!"
        ),
        themes("comm"),
    ),
    (
        (
            "Why are we the only staff in the surgery without a smartcard? How are we supposed to be part of the "
            "team if we can't even log on?"
        ),
        themes("it"),
    ),
    (
        (
            "Who is checking whether the outcome data we send off actually means anything? I spend a whole day a "
            "month on reports that nobody reads."
        ),
        themes("out"),
    ),
    (
        (
            "Why does the NHS keep reorganising itself every five years? And why does every shake-up mean my post"
            " gets re-tendered and I have no idea if I'll still have a job?"
        ),
        themes("pay"),
    ),
    (
        (
            "How is one person supposed to cover five surgeries, run groups, do home visits and still answer "
            "every email? Something has to give, and lately it's me."
        ),
        themes("staff", "well"),
    ),
    ("Would a GP put up with a caseload of 80 and no admin support? I doubt it!", themes("staff")),
    (
        (
            "Why is there never any money for training? I've asked three times to go on a motivational "
            "interviewing course and been told there's no budget."
        ),
        themes("train"),
    ),
    (
        (
            "What is the point of a link worker who can't write in the notes? Why should the GP have to copy my "
            "entries into EMIS for me?"
        ),
        themes("it"),
    ),
    (
        (
            "Since when did social prescribing mean debt advice, housing law and immigration appeals? I'm not "
            "qualified for any of it!"
        ),
        themes("refer"),
    ),
    (
        (
            "Why can't NHS England just commit to permanent funding for our posts? How many good people have we "
            "already lost to fixed-term contracts?"
        ),
        themes("pay"),
    ),
    (
        (
            "Who supports the supporters? I've sat with three bereaved families this month and nobody has once "
            "asked how I am."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "Isn't it wonderful when a patient comes back just to say thank you? Days like that remind me why I "
            "do it."
        ),
        themes("pos"),
    ),
    ("-", themes()),
    (
        (
            "Why do I have to justify my existence with numbers every quarter? Can't the stories speak for "
            "themselves? Who decided ONS4 scores capture loneliness?"
        ),
        themes("out"),
    ),
    (
        (
            "How am I supposed to progress when the only step up is leaving social prescribing altogether? Why is"
            " there no senior link worker role?"
        ),
        themes("career"),
    ),
    (
        (
            "What happens when the doctors don't even know we exist? Half the new GPs have never heard of a link "
            "worker, so how are they meant to use us?"
        ),
        themes("clin"),
    ),
    (
        (
            "Why is it that the mental health team can discharge someone straight to me with no plan? Who holds "
            "the risk when it goes wrong?"
        ),
        themes("refer"),
    ),
    (
        (
            "Why am I working alone in a corner with no team and no one to talk cases through with? Is this "
            "really how the NHS treats its newest roles?"
        ),
        themes("sup"),
    ),
    (
        (
            "How are people meant to get to the walking group when it's twelve miles away and there's no bus on a"
            " Sunday? Why is everything in the city?"
        ),
        themes("comm"),
    ),
    (
        (
            "Why does nobody talk about how heavy this work is? I'm running on empty, and the sickness absence in"
            " our team says it all."
        ),
        themes("well"),
    ),
    (
        (
            "When will our learning needs be taken seriously? Why isn't there an accredited qualification for "
            "link workers that we can all work towards?"
        ),
        themes("train"),
    ),
    (
        (
            "Would anyone accept a job advert saying 'funding until March, maybe'? Then why do we? And why are we"
            " still on the same pay as five years ago?"
        ),
        themes("pay"),
    ),
    (
        (
            "Why does the NHS spend millions on apps nobody uses while the community centre down the road can't "
            "afford to keep the heating on?"
        ),
        themes("comm"),
    ),
    (
        (
            "Who is supposed to train new link workers? I got a two-page handout and a login that didn't work. "
            "What kind of induction is that?"
        ),
        themes("train", "it"),
    ),
    (
        (
            "How are we meant to record outcomes for someone who's come twice and then disappeared? And what does"
            " the Information Standard actually want from us?"
        ),
        themes("out"),
    ),
    (
        (
            "Why don't the practice staff know what I do? I'm getting referrals for lost prescriptions, hospital "
            "transport, you name it - since when was that social prescribing?"
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "I honestly can't believe I get paid to do this! My practice manager, the GPs, the nurses - all of "
            "them back me up. Why didn't I find this job years ago?"
        ),
        themes("pos"),
    ),
    (
        (
            "What would help? More of us! Why is there a six-week waiting list for a service that's supposed to "
            "be about prevention?"
        ),
        themes("staff"),
    ),
    (
        (
            "Is NHS England going to publish what it does with these survey results? We fill this in every year -"
            " what has changed?"
        ),
        themes(),
    ),
    (
        (
            "How can we get anyone to take outcome measures seriously when the form takes longer than the "
            "conversation? And why does every commissioner want a different spreadsheet?"
        ),
        themes("out"),
    ),
    (
        (
            "Why should I stay when the next band up is only open to people who manage a team that doesn't exist?"
            " Where is the ladder?"
        ),
        themes("career"),
    ),
    (
        (
            "Who decided peer supervision once a quarter was enough? How am I supposed to manage my safeguarding "
            "worries on my own in between?"
        ),
        themes("sup"),
    ),
    (
        (
            "Why is it me who has to tell people there's no counselling for 18 months? What do you say to someone"
            " who's already been waiting a year?"
        ),
        themes("comm"),
    ),
    (
        (
            "What a privilege to sit with people and help them find hope again! I wouldn't swap it for anything -"
            " the only thing I'd ask for is some bereavement training, please."
        ),
        themes("pos", "train"),
    ),
    (
        (
            "Where does this end? First it was loneliness, now it's housing, benefit sanctions, domestic abuse, "
            "addiction. When did we become the service for everything nobody else will touch?"
        ),
        themes("refer"),
    ),
    ("n/a - said it all above", themes()),
    (
        (
            "Why does the GP get protected admin time and I don't? How am I supposed to write up notes and chase "
            "services when every slot is booked with patients back to back?"
        ),
        themes("staff"),
    ),
    (
        (
            "Why is it that we're asked to prove our worth with data, but nobody gives us the systems to do it? "
            "We can't even run a search on our own caseload."
        ),
        themes("out", "it"),
    ),
    (
        (
            "Why do people still have to wait weeks for a GP appointment? How did we let general practice get "
            "this bad?"
        ),
        themes(),
    ),
    (
        (
            "Would the PCN treat a physio like this? Stuck in a cupboard, no desk, no phone, only brought in when"
            " someone needs a leaflet handed out? We're not signposters!"
        ),
        themes("clin"),
    ),
    (
        (
            "How many more times do I have to chase my own funding for supervision? Why isn't reflective practice"
            " built into every contract?"
        ),
        themes("sup"),
    ),
    (
        (
            "Who picks up the pieces when I'm sent safeguarding cases that should have gone straight to social "
            "care? I'm left carrying them and it's wearing me down."
        ),
        themes("refer", "well"),
    ),
    (
        (
            "Why do I have to beg for a learning budget? Doesn't the NHS want its staff to get better at their "
            "jobs?"
        ),
        themes("train"),
    ),
    (
        (
            "Why can't there be a proper route from link worker to senior to lead? Why do all the good ones leave"
            " for council jobs?"
        ),
        themes("career"),
    ),
    (
        (
            "How on earth are we expected to keep patients engaged when every group has a six-month waiting list "
            "and the voluntary sector is on its knees? Who is funding them?"
        ),
        themes("comm"),
    ),
    (
        (
            "What a year! Our team won a local award and my GPs have finally stopped calling me 'the lady who "
            "does the leaflets'!"
        ),
        themes("pos"),
    ),
    ("Nothing to add.", themes()),
    (
        (
            "Why is the data we collect never fed back? How are we meant to improve if we never see our own "
            "outcomes? And who thought a case study a week was a sensible target on top of everything else?"
        ),
        themes("out"),
    ),
    (
        (
            "How am I supposed to keep going? Forty-odd patients on my list, no manager who understands the job, "
            "no pay rise, and my contract is up in six months. Would a GP put up with that? Would anyone?"
        ),
        themes("staff", "sup", "pay", "well"),
    ),
]


# Written blind like HOLDOUT_9, by a fifty-first engineer: a day or a week in the life told as a timeline, the themes
# implicit in what fills the schedule (travel between sites, chasing, data entry, back-to-back appointments, a crisis
# call, a cancelled supervision), some contented; labelled before the first run (against 1.25.0).
HOLDOUT_59: list[tuple[str, frozenset[str]]] = [
    (
        (
            "Monday I'm at one surgery, Tuesday another, Wednesday a third, Thursday and Friday split between the "
            "last two. Most of my week is spent in the car and I never feel I finish anything."
        ),
        themes("staff"),
    ),
    (
        (
            "A typical morning: log in on a borrowed desktop because I don't have my own laptop, wait for someone "
            "to lend me their smartcard so I can see the notes, then start ringing patients."
        ),
        themes("it"),
    ),
    (
        (
            "Last Tuesday I had eight back-to-back appointments, then a man in crisis talking about ending his "
            "life, and I was the only one in the building who could sit with him while we waited for the crisis "
            "team. Went home and cried."
        ),
        themes("refer", "well"),
    ),
    (
        (
            "Monday: phone calls. Tuesday: phone calls and chasing the council about a housing referral I sent "
            "three weeks ago. Wednesday: still chasing. By Friday I'd heard nothing and the patient had given up "
            "on me."
        ),
        themes("comm"),
    ),
    (
        (
            "Friday afternoons are meant to be for writing up. In practice that's two hours of typing wellbeing "
            "scores into three different spreadsheets because the PCN, the council and our host organisation each "
            "want their own return."
        ),
        themes("out"),
    ),
    (
        (
            "Monday I ran the walking group, Wednesday the craft cafe, and on Thursday a GP stopped me in the "
            "corridor to say a patient of hers had come off antidepressants since joining. Weeks like that are why "
            "I do this."
        ),
        themes("pos"),
    ),
    (
        (
            "Supervision was booked for Tuesday. It got cancelled, again, the fourth time since March. I've a "
            "disclosure from a patient I still haven't talked through with anyone."
        ),
        themes("sup"),
    ),
    ("n/a", themes()),
    (
        (
            "Wednesday is my day at the rural practice. The nearest lunch club is two bus changes away and the bus "
            "runs twice a day, so half the people I see there simply can't get to anything I suggest."
        ),
        themes("comm"),
    ),
    (
        (
            "A typical week: around 35 people on my list, new referrals landing daily, and six weeks before I can "
            "even make first contact with the newest ones."
        ),
        themes("staff"),
    ),
    (
        (
            "Monday morning I opened my inbox to five referrals that just said 'SP please' with no reason, two of "
            "them for people already under the community mental health team who needed far more than I can offer."
        ),
        themes("refer"),
    ),
    (
        (
            "Last week I did a weight management group on Monday, reception cover on Tuesday because they were "
            "short, booked flu jabs on Wednesday and then got asked why my numbers were down. I'm not an admin."
        ),
        themes("clin"),
    ),
    (
        (
            "My week: clinics Monday to Thursday, Friday catching up on notes. It's busy but the practice team are "
            "lovely and I come home most days feeling I've made a difference."
        ),
        themes("pos"),
    ),
    (
        (
            "Thursday is the day the funding meeting keeps getting moved. Our contract ends in March and nobody "
            "can tell us if it's being renewed, so I spend my evenings looking at job adverts instead of sleeping."
        ),
        themes("pay", "well"),
    ),
    (
        (
            "Every Monday I sit in the same band 4 role I started in five years ago, doing the same job I trained "
            "the new starters to do. There's nowhere to go up to."
        ),
        themes("career"),
    ),
    (
        (
            "Tuesday: a debt advice course I was really looking forward to. Cancelled at 8am because there was no "
            "one to cover my clinic. That's the third course I've missed this year."
        ),
        themes("train", "staff"),
    ),
    (
        (
            "Honestly, a good week looks like: see people, connect them, hear back that it worked. Most of my "
            "weeks are good weeks."
        ),
        themes("pos"),
    ),
    ("Nothing to add.", themes()),
    (
        (
            "Monday, Tuesday, Wednesday in three different GP surgeries, each with its own login, none of which "
            "works from home. Thursday at the hub where there's no access at all, so I write notes on paper and "
            "type them up on Friday."
        ),
        themes("it"),
    ),
    (
        (
            "A typical afternoon: three home visits, a call from a daughter worried about her mum, and a "
            "safeguarding concern to write up before I leave. I get home at seven and can't switch off."
        ),
        themes("well"),
    ),
    (
        (
            "Mornings are usually phone calls with patients; afternoons are groups. Last Friday the GP partner "
            "popped into our gardening session and stayed for an hour. It's nice to feel part of the practice."
        ),
        themes("pos"),
    ),
    (
        (
            "I'd describe my week as: see patients, fill in the outcome form, see patients, fill in the outcome "
            "form. Half the people don't want to score how satisfied they are with life out of ten on a first "
            "visit."
        ),
        themes("out"),
    ),
    (
        (
            "By Wednesday every week I've used up all the slots and I'm double-booking lunchtimes. By Friday I'm "
            "running on empty."
        ),
        themes("staff", "well"),
    ),
    (
        (
            "Monday: in the building on my own as the only link worker for 40,000 patients. Tuesday: same. I've "
            "not had a conversation with another link worker in two months."
        ),
        themes("staff", "sup"),
    ),
    (
        (
            "Last Tuesday I spent the morning trying to find a befriending service with space. The two local ones "
            "have closed their lists and the third lost its funding in April."
        ),
        themes("comm"),
    ),
    (
        (
            "Typical day: 9am huddle, and the doctors talk about 'giving it to social prescribing' as if I'm a bin "
            "for everything they don't have time for."
        ),
        themes("clin"),
    ),
    (
        (
            "Wednesday afternoons used to be our peer group. The PCN scrapped it to free up appointments. Now it's "
            "just me and a screen."
        ),
        themes("sup"),
    ),
    (
        (
            "I start at 8.30, first patient at 9, last at 4.30, then an hour of notes. I'm paid less than the "
            "receptionist who books my appointments."
        ),
        themes("pay"),
    ),
    ("-", themes()),
    (
        (
            "A normal Monday: two new patients with complex debt and eviction notices, one woman fleeing domestic "
            "abuse, and a man with active psychosis referred because 'he's lonely'. None of this is social "
            "prescribing."
        ),
        themes("refer"),
    ),
    (
        (
            "Tuesday is my learning day, written into my contract and actually protected by my manager. I've done "
            "motivational interviewing and a trauma-informed practice course this year."
        ),
        themes("pos"),
    ),
    (
        (
            "Monday I heard there's a new code for 'social prescribing declined'. Nobody has shown me how to find "
            "it in SystmOne, so I guess."
        ),
        themes("it"),
    ),
    (
        (
            "My diary is back-to-back Monday to Thursday. Friday should be admin but always fills with people the "
            "GPs want seen urgently. I haven't taken a lunch break in weeks and I'm exhausted."
        ),
        themes("staff", "well"),
    ),
    (
        (
            "A week looks like this: Monday clinic, Tuesday outreach, Wednesday team meeting with the other link "
            "workers in the PCN, Thursday clinic, Friday groups. Good team, good manager, I'm lucky."
        ),
        themes("pos"),
    ),
    (
        (
            "Last month I wrote four case studies for the ICB, filled in the quarterly return and re-entered the "
            "same data into the council's portal. That's a whole week that didn't go on patients."
        ),
        themes("out"),
    ),
    (
        (
            "A typical day: I cover two PCNs, so the first hour is driving, I see patients until three, then drive "
            "back to update notes because I can't get into the system anywhere else."
        ),
        themes("staff", "it"),
    ),
    (
        (
            "Friday mornings I see a lot of people who were referred for isolation but really need a psychologist. "
            "The wait for talking therapies here is nine months so they end up with me."
        ),
        themes("refer"),
    ),
    (
        (
            "Each Thursday I get the same question from the practice manager: what is it you actually do?"
        ),
        themes("clin"),
    ),
    ("Monday 9am - started. Monday 6pm - still not finished. Rest of the week much the same.", themes("staff")),
    (
        (
            "A good day: I helped a lady who hadn't left her flat in a year get to a knitting group. She rang me "
            "on Friday to say she'd made a friend. Can't beat that."
        ),
        themes("pos"),
    ),
    (
        (
            "On Tuesdays I try to do follow-ups, but I can't book anything in the clinical system, so I email a "
            "receptionist who books it for me when she has time."
        ),
        themes("it"),
    ),
    (
        (
            "Most weeks I'm covering for a colleague who left in January and was never replaced. Two caseloads, "
            "one of me."
        ),
        themes("staff"),
    ),
    (
        (
            "Last week: Monday, a patient disclosed childhood abuse. Wednesday, a man told me he'd been sleeping "
            "in his car. Friday, a woman whose son had died. I carry these home and there's nobody to offload to."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "On Wednesdays I meet new starters and walk them through the job, because there is no induction. I had "
            "none either. I learnt it all by trial and error."
        ),
        themes("train"),
    ),
    (
        (
            "Mondays I go through the referral list with the clinical lead. She's great at sending the right "
            "people and explaining the role to new GPs."
        ),
        themes("pos"),
    ),
    (
        (
            "Thursday the ICB rang asking for our 'impact story' by Friday. We have no way of following people up "
            "after discharge, so I honestly don't know what the impact is."
        ),
        themes("out"),
    ),
    (
        (
            "A typical week includes about ten hours of driving between four surgeries miles apart, and I'm not "
            "paid mileage between sites."
        ),
        themes("staff", "pay"),
    ),
    (
        (
            "Tuesday morning I'm the link worker; Tuesday afternoon I'm the care coordinator because they're "
            "short; Wednesday I'm the health coach. Same salary though."
        ),
        themes("clin", "pay"),
    ),
    ("Nothing else, thanks.", themes()),
    (
        (
            "Every Monday I look at the grant letter pinned above my desk that says our posts are funded 'until "
            "further notice'. That's all the security we've got."
        ),
        themes("pay"),
    ),
    (
        (
            "A day in the life: I arrive, find my room has been given to the physio, work from the staff kitchen, "
            "see patients in the corridor. I'm an afterthought."
        ),
        themes("clin"),
    ),
    (
        (
            "Monday I asked my manager if I could do a counselling certificate. No budget. Tuesday I asked if "
            "there's a senior link worker post I could aim for. There isn't one."
        ),
        themes("train", "career"),
    ),
    (
        (
            "Last Thursday a GP stopped me on the stairs to say thank you for a patient I'd helped with benefits. "
            "It made my week, honestly, after a fortnight of feeling invisible to the practice."
        ),
        themes("pos", "clin"),
    ),
    (
        (
            "Mondays I run a men's shed in the village hall; Fridays the community garden. The groups are the best "
            "bit of the job and the men keep coming back."
        ),
        themes("pos"),
    ),
    (
        (
            "A week: see 25 people, refer them to groups with a three-month wait, then explain to the GP why "
            "nothing's happened."
        ),
        themes("comm"),
    ),
    (
        (
            "Wednesday was meant to be clinical supervision. Instead it was a check-in with my line manager about "
            "numbers, which isn't the same thing at all."
        ),
        themes("sup"),
    ),
    (
        (
            "Morning: log onto EMIS. Afternoon: log onto the council's monitoring system. Evening: copy what's in "
            "the one into the other because they don't talk."
        ),
        themes("out"),
    ),
    (
        (
            "Typical Tuesday: I'm at the food bank with a patient because there's nowhere else for them to go. The "
            "advice centre closed last year."
        ),
        themes("comm"),
    ),
    (
        (
            "This week so far: two patients with active suicidal thoughts, a hoarding case with environmental "
            "health involved, and someone wanting a bus pass. Guess which one I'm actually there for."
        ),
        themes("refer"),
    ),
    (
        (
            "A week is Monday to Thursday, 30 hours, split between two surgeries. I've covered the rest in the "
            "questions above."
        ),
        themes(),
    ),
    (
        (
            "Monday, a request for a 'quick social prescribing chat' for someone being evicted on Tuesday. "
            "Tuesday, the eviction. Wednesday, chasing emergency housing that doesn't exist round here."
        ),
        themes("refer", "comm"),
    ),
    (
        (
            "I do four days a week. Every one of them ends with me sat in the car for ten minutes before I can "
            "drive home. I'm not sure how long I can keep this up."
        ),
        themes("well"),
    ),
    (
        (
            "Yesterday I was on the phone to the same patient four times because the mental health team wouldn't "
            "take her back. I'm not a crisis worker, but I was who she had."
        ),
        themes("refer"),
    ),
    ("See above", themes()),
    (
        (
            "Monday is recording day. I'm meant to do MYCAW at start and end, but half the patients drop off "
            "before the end, so my figures look terrible and the commissioners only look at the figures."
        ),
        themes("out"),
    ),
    (
        (
            "A typical Thursday: I run a bereavement cafe with a local charity, and the volunteers are brilliant. "
            "Then I find out the charity's lottery money runs out in June."
        ),
        themes("comm"),
    ),
    (
        (
            "Monday: ring the patient. Tuesday: ring the patient. Wednesday: patient answers, says the GP never "
            "said what social prescribing was and they don't want it."
        ),
        themes("clin"),
    ),
    (
        (
            "My week is lovely most of the time. The only thing that gets to me is that after three years I still "
            "haven't got my own smartcard."
        ),
        themes("pos", "it"),
    ),
    (
        (
            "Weekly rhythm: Monday huddle where the GPs actually ask for my input, Tuesday to Thursday clinics, "
            "Friday a group. I feel like a proper part of the practice."
        ),
        themes("pos"),
    ),
    (
        (
            "On Wednesdays I'd love to go to the PCN learning sessions everyone else goes to, but link workers "
            "aren't invited."
        ),
        themes("train", "clin"),
    ),
    (
        (
            "I started at 8 and finished at 7 every day last week, answered emails on Sunday and woke up on Monday "
            "dreading it."
        ),
        themes("well", "staff"),
    ),
    (
        (
            "A typical month: first week writing the quarterly report, second week catching up on the patients I "
            "didn't see in the first week. And so on."
        ),
        themes("out"),
    ),
    (
        (
            "Last Monday I sat with a man for an hour while he decided whether to go to the debt drop-in. He went. "
            "Those are my best days."
        ),
        themes("pos"),
    ),
    (
        (
            "Every day is the same: I'm a team of one, my manager sits in another organisation, and when something "
            "goes wrong I work it out alone."
        ),
        themes("sup"),
    ),
    (
        (
            "My day starts with 15 voicemails. I'll get through maybe half. The rest roll over. The queue for "
            "first contact is now longer than our target time."
        ),
        themes("staff"),
    ),
    (
        (
            "Tuesday I meet the other link workers across the PCN for an hour, and honestly that hour keeps me "
            "sane. The rest of the week I'm on my own in a practice that thinks I'm the person who orders the "
            "leaflets."
        ),
        themes("pos", "sup", "clin"),
    ),
    (
        (
            "A week as a band 5 link worker: do the same job as the band 6 care coordinator next door, with more "
            "risk, for less money. Applied for the band 6 post; told it's not for link workers."
        ),
        themes("pay", "career"),
    ),
    (
        (
            "Friday I trained two new volunteers, ran the allotment group and got a thank-you card from a patient. "
            "Tired but happy."
        ),
        themes("pos"),
    ),
    (
        (
            "Monday we were told the service is being re-tendered. Tuesday to Friday the team talked about nothing "
            "else. Nobody knows if we'll have jobs in April and it's making people ill."
        ),
        themes("pay", "well"),
    ),
    ("Not applicable", themes()),
]


# Written blind like HOLDOUT_9, by a fifty-second engineer: equity, inclusion and access (interpreters and language
# barriers, digital exclusion, learning disabilities, deaf patients, minority communities, asylum seekers, cultural
# competence training, the link worker's own identity at work), with some answers only about patients' lives; labelled
# before the first run (against 1.25.0).
HOLDOUT_60: list[tuple[str, frozenset[str]]] = [
    (
        (
            "Face to face interpreters, please. Doing a 'what matters to you' conversation over a crackly phone "
            "line through a third person loses most of it. The refugee charity used to have volunteer interpreters"
            " but lost its funding."
        ),
        themes("comm"),
    ),
    (
        (
            "Proper anti-racism and cultural competence training, not a 20 minute e-learning click-through. "
            "Ideally delivered by people from the communities we serve."
        ),
        themes("train"),
    ),
    (
        (
            "I'm the only Black member of staff in the whole PCN. Most days it's fine but when something happens "
            "there's no one to talk to who understands, and it feels very lonely."
        ),
        themes("sup"),
    ),
    (
        (
            "So many services now want people to book online or join a Zoom. My older patients and the ones with "
            "no data are just shut out. Digital exclusion is the biggest barrier I see."
        ),
        themes("comm"),
    ),
    (
        (
            "There is next to nothing locally for adults with learning disabilities. The one social club closed "
            "when its funding went and the waiting list for supported volunteering is over a year."
        ),
        themes("comm"),
    ),
    (
        (
            "Some GPs send me every patient who doesn't speak English, as though I'm a translation service. That's"
            " not my job and it blocks slots for people I could actually help."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "I'm deaf and have asked for over six months for a text relay option and a loop in my room. My manager"
            " keeps saying it's with HR. I feel like an afterthought."
        ),
        themes("sup"),
    ),
    ("n/a", themes()),
    (
        (
            "Asylum seekers in the hotel are referred to me with immigration problems, no money and sometimes "
            "serious trauma. They need a caseworker and a solicitor, not a link worker, but there's nobody else "
            "locally doing that work."
        ),
        themes("refer", "comm"),
    ),
    (
        (
            "Hearing what some of the asylum seekers have been through stays with me. I've had nightmares after a "
            "couple of sessions and there's no clinical supervision to take it to."
        ),
        themes("well", "sup"),
    ),
    (
        (
            "Training on working with Gypsy and Traveller families would help. I don't want to get things wrong "
            "and the families have good reasons not to trust services."
        ),
        themes("train"),
    ),
    (
        (
            "The Traveller site is 40 minutes from the practice and I'm not allowed a laptop off-site, so I can't "
            "look anything up or update notes while I'm there."
        ),
        themes("it"),
    ),
    (
        (
            "My post doing outreach with Gypsy, Roma and Traveller communities is funded by a grant that ends in "
            "March. We've built trust over two years and it will all be lost if the post goes."
        ),
        themes("pay"),
    ),
    (
        (
            "Honestly I love this job. Helping a Somali women's group get going again after Covid has been the "
            "highlight of my working life."
        ),
        themes("pos"),
    ),
    (
        (
            "WEMWBS doesn't translate well. When I use an interpreter the questions come out differently every "
            "time, so the scores mean very little."
        ),
        themes("out"),
    ),
    (
        (
            "We're asked to report outcomes but not who we reach. Without recording ethnicity or first language "
            "properly we have no idea whether we're serving minority communities at all."
        ),
        themes("out"),
    ),
    (
        (
            "More link workers who speak community languages. We have one Urdu speaker for the whole borough and "
            "she has a waiting list of her own."
        ),
        themes("staff"),
    ),
    (
        (
            "Appointments with an interpreter take twice as long, but my caseload target doesn't change. I'm "
            "always behind."
        ),
        themes("staff"),
    ),
    (
        (
            "I'm autistic and the open-plan office with constant noise wipes me out by lunchtime. I've asked for a"
            " quiet room but nothing has happened."
        ),
        themes("well"),
    ),
    (
        (
            "No clear career path, and when senior posts do come up they never seem to go to people who look like "
            "me. I've been on the same band for four years."
        ),
        themes("career"),
    ),
    ("Nothing to add.", themes()),
    (
        (
            "I'd like training on LGBTQ+ inclusion, especially supporting trans patients. I've had a couple of "
            "referrals where I didn't feel confident with the language to use."
        ),
        themes("train"),
    ),
    (
        (
            "There's no LGBTQ+ specific group anywhere in our area for older people. The nearest one is in the "
            "city, two bus changes away."
        ),
        themes("comm"),
    ),
    (
        (
            "Venues! So many of the community groups meet upstairs in church halls with no lift. Wheelchair users "
            "just can't get to them."
        ),
        themes("comm"),
    ),
    (
        (
            "Some patients with learning disabilities need three or four sessions just to build trust, but because"
            " the waiting list is so long we're pushed to close cases after six weeks."
        ),
        themes("staff"),
    ),
    (
        (
            "Easy read versions of our leaflets and forms, and some training on how to write in easy read. "
            "Everything we hand out assumes a good reading level."
        ),
        themes("train"),
    ),
    (
        (
            "My screen reader doesn't work properly with SystmOne so I rely on a colleague to read notes to me. IT"
            " say it's not their problem."
        ),
        themes("it"),
    ),
    (
        (
            "The GPs at my practice have been brilliant about supporting me with my dyslexia. Small adjustments "
            "made a huge difference and I feel properly valued."
        ),
        themes("pos"),
    ),
    (
        (
            "I'd welcome peer support for link workers from ethnic minority backgrounds, a network where we can "
            "share experiences. At the moment I'm on my own with it."
        ),
        themes("sup"),
    ),
    (
        (
            "Racist comments from patients are more common than people think. It grinds you down and I've had time"
            " off with stress because of it."
        ),
        themes("well"),
    ),
    (
        (
            "Families in temporary accommodation get moved across boroughs with no notice, so I lose them halfway "
            "through. Their lives are chaotic enough without that."
        ),
        themes(),
    ),
    (
        (
            "Many patients I see can't afford the bus fare to get to the groups I suggest. A small travel fund "
            "would make a big difference."
        ),
        themes("comm"),
    ),
    (
        (
            "Clinicians still think social prescribing is about yoga and art classes. They don't see that for "
            "someone who has just been granted refugee status, sorting out benefits and housing is the health "
            "intervention."
        ),
        themes("clin"),
    ),
    (
        (
            "We are told to do case studies for the commissioners but many of my patients don't want their story "
            "written up, especially the undocumented ones, for obvious reasons."
        ),
        themes("out"),
    ),
    (
        (
            "Access to ESOL classes. Waiting lists at the college are 6 months plus and the free community ones "
            "have closed."
        ),
        themes("comm"),
    ),
    (
        (
            "Faith leaders are a huge asset. Working with the local mosque and gurdwara has opened doors for me "
            "that the surgery never could."
        ),
        themes("pos"),
    ),
    (
        (
            "Training on using interpreters well and on trauma-informed practice. I've picked it up as I go but it"
            " should be part of induction."
        ),
        themes("train"),
    ),
    ("-", themes()),
    (
        (
            "I speak Polish and Russian and I'm constantly asked to translate for other staff on top of my own "
            "work. It isn't in my job description and it isn't paid."
        ),
        themes("pay", "refer"),
    ),
    (
        (
            "Can't see whether a patient needs an interpreter or has a learning disability flag because I only "
            "have limited access to the record. I find out when I call them."
        ),
        themes("it"),
    ),
    (
        (
            "Being neurodivergent, I need clear written instructions and regular check-ins, but my line manager is"
            " based at another site and I see her once a month if I'm lucky."
        ),
        themes("sup"),
    ),
    (
        (
            "More time per patient. People facing language barriers or with learning disabilities cannot be "
            "rushed, and with 300 on my list I'm rushing everyone."
        ),
        themes("staff"),
    ),
    (
        (
            "I'm a gay man and I've heard homophobic jokes in the staff room more than once. Nobody says anything."
            " It makes me dread going in on those days."
        ),
        themes("well"),
    ),
    (
        (
            "The practice still insists on patients ringing at 8am for appointments. For deaf patients and people "
            "with limited English that's a brick wall."
        ),
        themes(),
    ),
    (
        (
            "Honestly the hardest thing is knowing there's nowhere culturally appropriate to send older South "
            "Asian women who are isolated. The generic lunch clubs don't work for them."
        ),
        themes("comm"),
    ),
    (
        (
            "I'd like a proper qualification route, maybe a level 4 or 5, with modules on equality and inclusion. "
            "It would also help with progression, as at the moment there's nowhere to go from here."
        ),
        themes("train", "career"),
    ),
    (
        (
            "Our PCN equality lead role was cut last year and nobody picked it up. I want to go for something like"
            " that but there's no senior structure for link workers."
        ),
        themes("career"),
    ),
    (
        (
            "The asylum seekers I see are living on a tiny weekly allowance in one room with their children. Some "
            "haven't left the hotel in weeks."
        ),
        themes(),
    ),
    (
        (
            "Digital inclusion support for patients. There used to be a library tech buddy scheme but it's gone "
            "and I don't have time to teach people to use a smartphone myself with my caseload."
        ),
        themes("comm", "staff"),
    ),
    (
        (
            "Supervision with someone who understands racial trauma. My supervisor is kind but I can't bring the "
            "racism I experience to her."
        ),
        themes("sup"),
    ),
    (
        (
            "Clinicians need to understand that we work with the people they find hardest to reach. At the moment "
            "we're seen as a nice-to-have."
        ),
        themes("clin"),
    ),
    (
        (
            "I've been told the role might not be renewed after the ARRS money changes. As a single mum on a band "
            "4 I can't afford that uncertainty."
        ),
        themes("pay"),
    ),
    (
        (
            "Working with a local LGBTQ+ charity has been really rewarding, they've welcomed every person I've "
            "sent them and the feedback has been fantastic."
        ),
        themes("pos"),
    ),
    (
        (
            "The data team want everything coded in SNOMED but there's no obvious code for half of what I do with "
            "refugees, like helping someone register with a dentist. Training on coding would help."
        ),
        themes("it", "out"),
    ),
    (
        (
            "People from the Traveller community often don't have a fixed address so they struggle to register "
            "with the GP, which means they can't be referred to me in the first place."
        ),
        themes(),
    ),
    (
        (
            "I have ADHD and the amount of paperwork and outcome forms after every session is overwhelming. I'd "
            "rather spend that energy with patients."
        ),
        themes("out", "well"),
    ),
    (
        (
            "Honestly the caseload is crazy. Three practices, one of me, and a large Bangladeshi population who "
            "are rarely referred at all."
        ),
        themes("staff"),
    ),
    ("See above", themes()),
    ("Our team is brilliant and really diverse. I've never worked anywhere that felt so inclusive.", themes("pos")),
    (
        (
            "I'd like to be trained in basic BSL. Even being able to greet someone and explain who I am would help"
            " deaf patients feel less excluded."
        ),
        themes("train"),
    ),
    (
        (
            "Reception tell patients with learning disabilities they 'need a link worker' when what they really "
            "need is an annual health check and a medication review. We end up as a dumping ground."
        ),
        themes("clin", "refer"),
    ),
    (
        (
            "Secure funding for interpreters at voluntary groups. The refugee drop-in I rely on lost its grant and"
            " now runs one morning a fortnight."
        ),
        themes("comm"),
    ),
    (
        (
            "It's emotionally hard supporting families who are waiting years for an asylum decision. You can't fix"
            " it and you carry it home."
        ),
        themes("well"),
    ),
    (
        (
            "More admin support. Booking interpreters, BSL, transport and accessible rooms for each patient takes "
            "hours that I should be spending with people."
        ),
        themes("staff"),
    ),
    (
        (
            "My manager has been great at making reasonable adjustments for my chronic illness, flexible hours and"
            " working from home when I need to. It's why I've stayed."
        ),
        themes("pos"),
    ),
    (
        (
            "The outcome tools we use assume everyone can read and rate themselves on a scale. For people with "
            "learning disabilities we need something visual, and no one seems to be working on that."
        ),
        themes("out"),
    ),
    (
        (
            "I'm on a 12-month fixed-term contract again. Every year I wonder if I'll still have a job, and the "
            "patients who've just started trusting me wonder too."
        ),
        themes("pay"),
    ),
    (
        (
            "I'd like some recognition that we do complex work with marginalised people, and pay that reflects it."
        ),
        themes("clin", "pay"),
    ),
    (
        (
            "A lot of the women I see can't go to mixed groups for religious or cultural reasons, and there's "
            "hardly any women-only provision near us."
        ),
        themes("comm"),
    ),
    (
        (
            "Racial equality training for the GPs and practice managers, not just us. They're the ones deciding "
            "who gets referred."
        ),
        themes("train"),
    ),
    (
        (
            "I don't have a smartcard yet after 7 months, so I can't even check what language a patient speaks or "
            "whether an interpreter has been booked."
        ),
        themes("it"),
    ),
    (
        (
            "Most of my job is great, but the isolation is real. I'm the only link worker in a rural PCN and the "
            "only person of colour in the building."
        ),
        themes("sup", "pos"),
    ),
    (
        (
            "I'd like the GPs to stop calling me 'the social worker'. Half of them don't know what I do and they "
            "certainly don't know I've built links with the Roma community."
        ),
        themes("clin"),
    ),
    ("No.", themes()),
    (
        (
            "People with learning disabilities and their carers get passed around. Adult social care says it's "
            "health, health says it's social care, and the patient ends up with me because I'm the only one who'll"
            " ring back."
        ),
        themes("refer"),
    ),
    (
        (
            "Evaluation that captures what matters. A WEMWBS score can't show that a refugee dad now takes his "
            "kids to the park on Saturdays."
        ),
        themes("out"),
    ),
    (
        (
            "I'd like protected time to do CPD. I've found some excellent free courses on inclusive practice but "
            "can never fit them in around clinics."
        ),
        themes("train"),
    ),
    (
        (
            "Honestly, some weeks I'm running on empty. The mix of a huge caseload, patients in crisis and the "
            "racism I deal with has left me close to burnout."
        ),
        themes("well", "staff"),
    ),
    (
        (
            "Translated information about what social prescribing is would help. Families think I'm from the Home "
            "Office and won't engage, and even practice staff introduce me as 'someone from the council'."
        ),
        themes("clin"),
    ),
    (
        (
            "Working in this role has been the most rewarding thing I've done. Seeing a young trans lad I "
            "supported start volunteering at the youth centre made every hard day worth it."
        ),
        themes("pos"),
    ),
]

HOLDOUTS: dict[str, list[tuple[str, frozenset[str]]]] = {
    "HOLDOUT": HOLDOUT,
    "HOLDOUT_2": HOLDOUT_2,
    "HOLDOUT_3": HOLDOUT_3,
    "HOLDOUT_4": HOLDOUT_4,
    "HOLDOUT_5": HOLDOUT_5,
    "HOLDOUT_6": HOLDOUT_6,
    "HOLDOUT_7": HOLDOUT_7,
    "HOLDOUT_8": HOLDOUT_8,
    "HOLDOUT_9": HOLDOUT_9,
    "HOLDOUT_10": HOLDOUT_10,
    "HOLDOUT_11": HOLDOUT_11,
    "HOLDOUT_12": HOLDOUT_12,
    "HOLDOUT_13": HOLDOUT_13,
    "HOLDOUT_14": HOLDOUT_14,
    "HOLDOUT_15": HOLDOUT_15,
    "HOLDOUT_16": HOLDOUT_16,
    "HOLDOUT_17": HOLDOUT_17,
    "HOLDOUT_18": HOLDOUT_18,
    "HOLDOUT_19": HOLDOUT_19,
    "HOLDOUT_20": HOLDOUT_20,
    "HOLDOUT_21": HOLDOUT_21,
    "HOLDOUT_22": HOLDOUT_22,
    "HOLDOUT_23": HOLDOUT_23,
    "HOLDOUT_24": HOLDOUT_24,
    "HOLDOUT_25": HOLDOUT_25,
    "HOLDOUT_26": HOLDOUT_26,
    "HOLDOUT_27": HOLDOUT_27,
    "HOLDOUT_28": HOLDOUT_28,
    "HOLDOUT_29": HOLDOUT_29,
    "HOLDOUT_30": HOLDOUT_30,
    "HOLDOUT_31": HOLDOUT_31,
    "HOLDOUT_32": HOLDOUT_32,
    "HOLDOUT_33": HOLDOUT_33,
    "HOLDOUT_34": HOLDOUT_34,
    "HOLDOUT_35": HOLDOUT_35,
    "HOLDOUT_36": HOLDOUT_36,
    "HOLDOUT_39": HOLDOUT_39,
    "HOLDOUT_37": HOLDOUT_37,
    "HOLDOUT_38": HOLDOUT_38,
    "HOLDOUT_40": HOLDOUT_40,
    "HOLDOUT_41": HOLDOUT_41,
    "HOLDOUT_42": HOLDOUT_42,
    "HOLDOUT_43": HOLDOUT_43,
    "HOLDOUT_44": HOLDOUT_44,
    "HOLDOUT_45": HOLDOUT_45,
    "HOLDOUT_46": HOLDOUT_46,
    "HOLDOUT_47": HOLDOUT_47,
    "HOLDOUT_48": HOLDOUT_48,
    "HOLDOUT_49": HOLDOUT_49,
    "HOLDOUT_50": HOLDOUT_50,
    "HOLDOUT_51": HOLDOUT_51,
    "HOLDOUT_52": HOLDOUT_52,
    "HOLDOUT_53": HOLDOUT_53,
    "HOLDOUT_54": HOLDOUT_54,
    "HOLDOUT_55": HOLDOUT_55,
    "HOLDOUT_56": HOLDOUT_56,
    "HOLDOUT_57": HOLDOUT_57,
    "HOLDOUT_58": HOLDOUT_58,
    "HOLDOUT_59": HOLDOUT_59,
    "HOLDOUT_60": HOLDOUT_60,
}
#: (micro-F1, macro-F1) of each batch on its first run, before the rules were fixed on it
FIRST_RUNS: dict[str, tuple[float, float]] = {
    "HOLDOUT": (0.9, 0.891),
    "HOLDOUT_2": (0.818, 0.838),
    "HOLDOUT_3": (0.875, 0.878),
    "HOLDOUT_4": (0.817, 0.812),
    "HOLDOUT_5": (0.84, 0.838),
    "HOLDOUT_6": (0.824, 0.842),
    "HOLDOUT_7": (0.776, 0.795),
    "HOLDOUT_8": (0.762, 0.774),
    "HOLDOUT_9": (0.845, 0.85),
    "HOLDOUT_10": (0.836, 0.843),
    "HOLDOUT_11": (0.893, 0.894),
    "HOLDOUT_12": (0.92, 0.922),
    "HOLDOUT_13": (0.933, 0.93),
    "HOLDOUT_14": (0.82, 0.814),
    "HOLDOUT_15": (0.933, 0.933),
    "HOLDOUT_16": (0.937, 0.936),
    "HOLDOUT_17": (0.914, 0.911),
    "HOLDOUT_18": (0.92, 0.927),
    "HOLDOUT_19": (0.82, 0.829),
    "HOLDOUT_20": (0.946, 0.947),
    "HOLDOUT_21": (0.798, 0.798),
    "HOLDOUT_22": (0.845, 0.865),
    "HOLDOUT_23": (0.867, 0.867),
    "HOLDOUT_24": (0.891, 0.904),
    "HOLDOUT_25": (0.843, 0.845),
    "HOLDOUT_26": (0.888, 0.897),
    "HOLDOUT_27": (0.874, 0.88),
    "HOLDOUT_28": (0.867, 0.868),
    "HOLDOUT_29": (0.818, 0.837),
    "HOLDOUT_30": (0.933, 0.941),
    "HOLDOUT_31": (0.885, 0.88),
    "HOLDOUT_32": (0.81, 0.821),
    "HOLDOUT_33": (0.856, 0.857),
    "HOLDOUT_34": (0.9, 0.903),
    "HOLDOUT_35": (0.861, 0.856),
    "HOLDOUT_36": (0.838, 0.858),
    "HOLDOUT_39": (0.877, 0.875),
    "HOLDOUT_37": (0.719, 0.712),
    "HOLDOUT_38": (0.761, 0.768),
    "HOLDOUT_40": (0.822, 0.826),
    "HOLDOUT_41": (0.869, 0.878),
    "HOLDOUT_42": (0.86, 0.863),
    "HOLDOUT_43": (0.8, 0.803),
    "HOLDOUT_44": (0.872, 0.876),
    "HOLDOUT_45": (0.852, 0.861),
    "HOLDOUT_46": (0.798, 0.804),
    "HOLDOUT_47": (0.835, 0.845),
    "HOLDOUT_48": (0.822, 0.816),
    "HOLDOUT_49": (0.831, 0.84),
    "HOLDOUT_50": (0.828, 0.829),
    "HOLDOUT_51": (0.856, 0.86),
    "HOLDOUT_52": (0.869, 0.851),
    "HOLDOUT_53": (0.839, 0.851),
    "HOLDOUT_54": (0.751, 0.791),
    "HOLDOUT_55": (0.928, 0.931),
    "HOLDOUT_56": (0.699, 0.714),
    "HOLDOUT_57": (0.805, 0.805),
    "HOLDOUT_58": (0.832, 0.839),
    "HOLDOUT_59": (0.737, 0.759),
    "HOLDOUT_60": (0.84, 0.854),
}
