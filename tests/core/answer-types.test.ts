import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExpectedAnswer,
  expectedAnswer,
  type Fact,
  factsOf,
  factsOfParagraph,
  holdsAskedName,
  holdsExpectedFact,
  locateSentences,
} from '../../src/core/answer-types.ts';
import { splitSentences, words } from '../../src/core/text.ts';

describe('expectedAnswer', () => {
  const cases = [
    { question: 'who resigned from the board', expected: { kind: 'name' } },
    { question: 'Who met the prime minister on Friday?', expected: { kind: 'name' } },
    { question: 'whos in charge of the inquiry', expected: { kind: 'name' } },
    { question: 'who is the club spokesman', expected: { kind: 'person' } },
    { question: 'who was the broadcaster that aired it', expected: { kind: 'organization' } },
    // "is" before a participle is an auxiliary: whoever leads the firm, not what the firm is
    { question: 'who is leading the firm', expected: { kind: 'name' } },
    { question: 'who is going to lead the firm', expected: { kind: 'name', ahead: true } },
    // what is still to come has not happened, however it is to end
    { question: 'who will win in the end', expected: { kind: 'name', ahead: true } },
    // a preposition after the copula tells where the one asked for stands, not what they are
    { question: 'who is in charge of the firm', expected: { kind: 'name' } },
    { question: 'who will be the new spokesman', expected: { kind: 'person', ahead: true } },
    // …though a word for a person after it still says who is asked for
    { question: 'who is replacing Tom Lee as finance director', expected: { kind: 'person' } },
    // the head of the noun phrase, not a noun of the clause or phrase after it
    { question: 'who was the friend that gave him away to the party', expected: { kind: 'person' } },
    { question: 'who is the chairman of the council', expected: { kind: 'person' } },
    { question: 'where did the ferry sink', expected: { kind: 'place' } },
    { question: 'and where was the singer born', expected: { kind: 'place' } },
    { question: 'whereabouts in Spain will they film', expected: { kind: 'place', ahead: true } },
    // a query's head noun asks for a value; the amount of a sum of money is a sum
    {
      question: 'ferry crossing date',
      expected: { kind: 'time', query: true },
    },
    {
      question: 'keeper pension amount',
      expected: { kind: 'number', unit: 'money', query: true, measured: ['keeper', 'pension'] },
    },
    {
      question: 'ferry passengers amount',
      expected: { kind: 'number', unit: 'any', query: true, measured: ['ferry', 'passengers'] },
    },
    // a year or count after the head dates or counts what the head names
    {
      question: 'ferry crew population 2020',
      expected: { kind: 'number', unit: 'count', query: true, measured: ['ferry', 'crew'] },
    },
    {
      question: 'ferry ticket price 2005',
      expected: { kind: 'number', unit: 'money', query: true, measured: ['ferry', 'ticket'] },
    },
    // a plural head noun asks as its singular does
    {
      question: 'ferry ticket prices',
      expected: { kind: 'number', unit: 'money', query: true, measured: ['ferry', 'ticket'] },
    },
    // a unit of time before a word that names no thing asks when that was done
    {
      question: 'ferry company year founded',
      expected: { kind: 'time', classNoun: 'year', query: true },
    },
    { question: 'ferry company year end', expected: { kind: null, query: true } },
    // a plural WordNet lists as a noun of its own is no plural of a value ("values": beliefs)
    { question: 'ferry crew values', expected: { kind: null, query: true } },
    { question: 'dates of the ferry strike', expected: { kind: 'time', query: true } },
    { question: 'when did the factory close', expected: { kind: 'time', past: true } },
    { question: 'since when has the road been shut', expected: { kind: 'time' } },
    { question: 'how long ago did the mine flood', expected: { kind: 'time', past: true } },
    { question: 'why did the talks collapse', expected: { kind: 'reason' } },
    { question: 'how come the match was called off', expected: { kind: 'reason' } },
    { question: 'what caused the blackout', expected: { kind: 'reason' } },
    { question: 'what is the reason for the strike', expected: { kind: 'reason', classNoun: 'reason' } },
    {
      question: 'how many miners were trapped',
      expected: { kind: 'number', unit: 'count', counted: 'miners' },
    },
    // the counted noun is the plural one, whatever the tagger makes of the word after it
    { question: 'how many people smoke', expected: { kind: 'number', unit: 'count', counted: 'people' } },
    // a chat form counts what it stands for
    { question: 'how many ppl work there', expected: { kind: 'number', unit: 'count', counted: 'people' } },
    // the word right after "how many" is counted when it may be a plural noun, though tagged a verb
    { question: 'how many hunts went out', expected: { kind: 'number', unit: 'count', counted: 'hunts' } },
    // a plural noun the tagger reads as a verb, between a noun of the phrase and the verb, is counted
    {
      question: 'how many hospital trusts failed the target',
      expected: { kind: 'number', unit: 'count', counted: 'trusts' },
    },
    { question: 'how many died in the fire', expected: { kind: 'number', unit: 'count' } },
    {
      question: 'how many steel factories does the region have',
      expected: { kind: 'number', unit: 'count', counted: 'factories' },
    },
    // "how far back" asks for a span of time as readily as of space
    { question: 'how far back would the plan set the arts', expected: { kind: 'number', unit: 'length' } },
    { question: 'how far is the camp from the border', expected: { kind: 'number', unit: 'distance' } },
    // a duration in the unit counted
    {
      question: 'how many years could the banker serve',
      expected: { kind: 'number', unit: 'duration', counted: 'years' },
    },
    // the name of someone named by a role, however the possessive is put
    {
      question: "what's the coach's name",
      expected: { kind: 'person', classNoun: 'coach', asksName: true },
    },
    {
      question: 'what is the name of the coach',
      expected: { kind: 'person', classNoun: 'coach', asksName: true },
    },
    // a rate asked of a noun that may be a price is one; the same noun alone is read in its usual sense
    {
      question: "what's the charge per carrier bag",
      expected: { kind: 'number', unit: 'money', classNoun: 'charge' },
    },
    { question: 'what is the charge against him', expected: { kind: null, classNoun: 'charge' } },
    // a misspelt unit is the unit meant
    {
      question: 'how many yeras could the banker serve',
      expected: { kind: 'number', unit: 'duration', counted: 'years' },
    },
    { question: 'how many hectraes of forest burned', expected: { kind: 'number', unit: 'size' } },
    { question: 'how much time did the crew spend', expected: { kind: 'number', unit: 'duration' } },
    { question: 'how many hectares of forest burned', expected: { kind: 'number', unit: 'size' } },
    { question: 'how much did the painting sell for', expected: { kind: 'number', unit: 'money' } },
    { question: 'how much did prices rise', expected: { kind: 'number', unit: 'amount' } },
    // a money word before another noun says what the amount is of: a rise may be a share
    { question: 'how much pay rise are nurses offered', expected: { kind: 'number', unit: 'amount' } },
    {
      question: 'how much pay did the nurses get',
      expected: { kind: 'number', unit: 'money', measured: ['pay'] },
    },
    // a noun WordNet knows as a sum of money asks for one, and says which sum it is
    {
      question: 'how much council tax do residents pay',
      expected: { kind: 'number', unit: 'money', measured: ['tax'] },
    },
    {
      question: 'how much compensation did the family get',
      expected: { kind: 'number', unit: 'money', measured: ['compensation'] },
    },
    {
      question: 'how much profit did the brewer make last year',
      expected: { kind: 'number', unit: 'money', measured: ['profit'] },
    },
    // the noun before a word for money says which sum it is; money alone names none
    {
      question: 'how much prize money does the winner get',
      expected: { kind: 'number', unit: 'money', measured: ['prize'] },
    },
    { question: 'how much money did the winner get', expected: { kind: 'number', unit: 'money' } },
    // an amount of anything, unless a money word says otherwise (misspelt or not)
    { question: 'how much cheese do the farms produce', expected: { kind: 'number', unit: 'amount' } },
    // an amount of the thing named, even where the verb is one of money
    { question: 'how much cheese does the farm make a year', expected: { kind: 'number', unit: 'amount' } },
    { question: 'how much halloumi does the farm make', expected: { kind: 'number', unit: 'amount' } },
    // an activity is measured by the time it takes as well
    { question: 'how much practice do learners need', expected: { kind: 'number', unit: 'any' } },
    { question: 'how much did the film make', expected: { kind: 'number', unit: 'money' } },
    // a money verb that takes a noun for another thing asks how much of that, often a share
    {
      question: 'how much do sunbeds raise the risk of skin cancer',
      expected: { kind: 'number', unit: 'amount' },
    },
    { question: 'how much did the appeal raise', expected: { kind: 'number', unit: 'money' } },
    // a money verb in any of its forms
    { question: 'how much is dunmore paying for kilbride', expected: { kind: 'number', unit: 'money' } },
    { question: 'how much are the airlines charging', expected: { kind: 'number', unit: 'money' } },
    { question: 'how much did the charity raise for victims', expected: { kind: 'number', unit: 'money' } },
    { question: 'how much did he pay the agent', expected: { kind: 'number', unit: 'money' } },
    { question: 'how much did the club lose last year', expected: { kind: 'number', unit: 'money' } },
    // what someone pays, earns or spends, and what a thing sells for, is a sum
    { question: 'what did the brewer pay per share', expected: { kind: 'number', unit: 'money' } },
    { question: 'what do the bin workers earn a year', expected: { kind: 'number', unit: 'money' } },
    { question: 'what did the painting sell for', expected: { kind: 'number', unit: 'money' } },
    { question: 'what did the vase fetch at auction', expected: { kind: 'number', unit: 'money' } },
    { question: 'what did the painting sell', expected: { kind: null } },
    { question: 'how much money did the film make', expected: { kind: 'number', unit: 'money' } },
    // a number asked in a currency is a sum of money
    { question: 'how big was the fraud in pounds', expected: { kind: 'number', unit: 'money' } },
    { question: 'how big was the fraud', expected: { kind: 'number', unit: 'size' } },
    { question: 'how much of the estate was seized', expected: { kind: 'number', unit: 'amount' } },
    { question: 'how much does the ticket cosst', expected: { kind: 'number', unit: 'money' } },
    // a misspelt "how" word is read as it
    { question: 'how mutch money did the play raise', expected: { kind: 'number', unit: 'money' } },
    {
      question: 'how mnay officers were sent',
      expected: { kind: 'number', unit: 'count', counted: 'officers' },
    },
    // a slip of a question word, or of the name asked for, is read as it
    { question: 'waht prize did she win', expected: { kind: null, classNoun: 'prize' } },
    // a noun of what is paid asks for a sum, by its WordNet class
    {
      question: 'what compensation did the firm receive',
      expected: { kind: 'number', unit: 'money', classNoun: 'compensation' },
    },
    {
      question: 'whats the naem of the newspaper he edits',
      expected: { kind: 'organization', classNoun: 'newspaper', asksName: true },
    },
    { question: 'how offten do the trains run', expected: { kind: 'number', unit: 'frequency' } },
    { question: 'how long did the siege last', expected: { kind: 'number', unit: 'duration' } },
    // "how long is …" asks for a length or a time; of a thing in space, for a length only
    { question: 'how long was his sentence', expected: { kind: 'number', unit: 'length' } },
    { question: 'how long is the new bridge', expected: { kind: 'number', unit: 'distance' } },
    { question: "how long is iran's border with armenia", expected: { kind: 'number', unit: 'distance' } },
    { question: 'how long was the war', expected: { kind: 'number', unit: 'length' } },
    // a state the thing was in lasts a time: the question asks how long it lasted
    {
      question: 'how long was the ferry out of service',
      expected: { kind: 'number', unit: 'length' },
    },
    { question: 'how long was the bridge closed', expected: { kind: 'number', unit: 'length' } },
    {
      question: 'what % of voters turned out',
      expected: { kind: 'number', unit: 'percent', classNoun: 'percent' },
    },
    { question: 'how old is the new coach', expected: { kind: 'number', unit: 'age' } },
    { question: 'how far did the hikers walk', expected: { kind: 'number', unit: 'distance' } },
    { question: 'how big is the reservoir', expected: { kind: 'number', unit: 'size' } },
    // a height or a width is a length: no count of people or sum answers it
    { question: 'how tall was the dam wall', expected: { kind: 'number', unit: 'distance' } },
    // a price or a pay per unit is a sum, though a share is also a part
    { question: 'how much per share are shareholders getting', expected: { kind: 'number', unit: 'money' } },
    // what started something is its cause
    { question: 'what started the fire', expected: { kind: 'reason' } },
    // a share by WordNet's definition, though its class is a charge; a charge itself is a sum
    {
      question: 'what is the interest rate now',
      expected: { kind: 'number', unit: 'percent', classNoun: 'rate' },
    },
    { question: 'what is the exchange rate', expected: { kind: 'number', unit: 'money', classNoun: 'rate' } },
    // a rate is a number per unit of time, though WordNet files it with times
    {
      question: 'what internet speed does the village get now',
      expected: { kind: 'number', unit: 'any', classNoun: 'speed' },
    },
    // a head that is no English word is read as the one English word a slip away
    { question: "whats the ceo's salery", expected: { kind: 'number', unit: 'money', classNoun: 'salery' } },
    { question: 'how wide is the river', expected: { kind: 'number', unit: 'distance' } },
    { question: 'how much land was seized', expected: { kind: 'number', unit: 'size', counted: 'land' } },
    { question: 'how often do the trains run', expected: { kind: 'number', unit: 'frequency' } },
    {
      question: 'what percentage of voters turned out',
      expected: { kind: 'number', unit: 'percent', classNoun: 'percentage' },
    },
    { question: 'which town flooded first', expected: { kind: 'place', classNoun: 'town' } },
    // the title of a thing of no kind of its own is a name
    {
      question: 'what was the title of the poem',
      expected: { kind: 'name', classNoun: 'poem', asksName: true },
    },
    { question: 'what was the title of it', expected: { kind: 'name', asksName: true } },
    // a query without a question word asks for the value its head noun names, first or last
    { question: 'date of the harbour reopening', expected: { kind: 'time', query: true } },
    {
      question: 'harbour reopening date',
      expected: { kind: 'time', query: true },
    },
    {
      question: 'harbour bridge repair cost',
      expected: { kind: 'number', unit: 'money', query: true, measured: ['harbour', 'bridge', 'repair'] },
    },
    {
      question: 'harbour bridge collapse casualties',
      expected: { kind: 'number', unit: 'count', query: true, measured: ['harbour', 'bridge', 'collapse'] },
    },
    // the noun before the name's word is what the name is of
    {
      question: 'prize painting title',
      expected: { kind: 'name', asksName: true, classNoun: 'painting', query: true },
    },
    // a class of thing at the end says what the query is about, not what it asks for
    { question: 'kenya cross country team', expected: { kind: null, query: true } },
    // a building or facility is asked for by its name
    {
      question: 'which prison is he held in',
      expected: { kind: 'place', classNoun: 'prison', asksName: true },
    },
    { question: 'which coastal villages were evacuated', expected: { kind: 'place', classNoun: 'villages' } },
    // the noun after the copula is the subject of the verb that ends the question: "what" is its object
    { question: 'what was the blogger charged with', expected: { kind: null } },
    // the noun after the copula is the subject of an -ing verb: what it does is asked, not which one
    { question: 'what is the union threatening to do', expected: { kind: null } },
    { question: 'what is the club doing about it', expected: { kind: null } },
    { question: 'what were the fighters offered?', expected: { kind: null } },
    // … but a verb that goes on modifies the noun, which is still the class asked for
    { question: 'what was the reason given for the ban', expected: { kind: 'reason', classNoun: 'reason' } },
    // what something costs is a sum, whether the tagger reads "cost" as a verb or not
    { question: 'what does a ferry ticket cost', expected: { kind: 'number', unit: 'money' } },
    { question: 'what did the strike cost the port', expected: { kind: 'number', unit: 'money' } },
    { question: 'what did it cost', expected: { kind: 'number', unit: 'money' } },
    // a noun phrase headed by "cost" is one too, read as the class asked for
    {
      question: 'what was the total cost',
      expected: { kind: 'number', unit: 'money', classNoun: 'cost' },
    },
    // a head that asks for no kind is the form a sum takes, which the noun before it names
    {
      question: 'what was the price tag on the satellite',
      expected: { kind: 'number', unit: 'money', classNoun: 'tag' },
    },
    // a noun before it that names no number leaves the head's own reading
    { question: 'what was the stadium plan', expected: { kind: null, classNoun: 'plan' } },
    // a noun whose senses are different kinds of someone, none known to be more frequent, asks for any
    // name ("subsidiary": an underling or a company); one WordNet ranks keeps its first sense's kind
    { question: 'which subsidiary runs the farms', expected: { kind: 'name', classNoun: 'subsidiary' } },
    { question: 'which judge heard the case', expected: { kind: 'person', classNoun: 'judge' } },
    // a compound WordNet knows is read as one: an auction house is a firm, not a building
    {
      question: 'which auction house sold the guitar',
      expected: { kind: 'organization', classNoun: 'house' },
    },
    {
      question: 'which opera house staged the play',
      expected: { kind: 'place', classNoun: 'house', asksName: true },
    },
    { question: 'what company bought the brewery', expected: { kind: 'organization', classNoun: 'company' } },
    {
      question: 'which local football club was fined',
      expected: { kind: 'organization', classNoun: 'club' },
    },
    {
      question: "which airline's pilots went on strike",
      expected: { kind: 'organization', classNoun: 'airline' },
    },
    { question: 'which senior minister quit', expected: { kind: 'person', classNoun: 'minister' } },
    { question: 'what year did the bridge open', expected: { kind: 'time', classNoun: 'year', past: true } },
    {
      question: 'in which country was the ship registered',
      expected: { kind: 'place', classNoun: 'country' },
    },
    { question: 'what is the capital of the region', expected: { kind: 'place', classNoun: 'capital' } },
    {
      question: 'what is the name of the newspaper she edits',
      expected: { kind: 'organization', classNoun: 'newspaper', asksName: true },
    },
    // a name asked for in so many words: of whom the possessor owns, by a title, or by what it is called
    {
      question: "what is the name of the mayor's lawyer",
      expected: { kind: 'person', classNoun: 'lawyer', asksName: true },
    },
    {
      question: 'what is the title of the sequel',
      expected: { kind: 'name', classNoun: 'sequel', asksName: true },
    },
    {
      question: 'what is the company called now',
      expected: { kind: 'name', asksName: true, namesThing: true },
    },
    {
      question: "whats the company's name these days",
      expected: { kind: 'name', asksName: true, namesThing: true },
    },
    {
      question: 'what name did the band choose',
      expected: { kind: 'name', asksName: true, namesThing: true },
    },
    // A person's name is asked for: not the name of a thing.
    { question: 'what is he called', expected: { kind: 'name', asksName: true } },
    { question: 'what is his name', expected: { kind: 'name', asksName: true } },
    { question: 'what was the pilot called', expected: { kind: 'name', asksName: true } },
    // "Pirates" is a word of the title, no class of people.
    {
      question: 'What is the title of the Pirates of the Caribbean sequel?',
      expected: { kind: 'name', asksName: true, namesThing: true },
    },
    // "called" in a clause of its own is another verb's
    {
      question: 'what is the name of the adviser who called it nonsense',
      expected: { kind: 'person', classNoun: 'adviser', asksName: true },
    },
    {
      question: 'what is the population of the island',
      expected: { kind: 'number', unit: 'count', classNoun: 'population' },
    },
    { question: 'age of the oldest runner', expected: { kind: 'number', unit: 'age', query: true } },
    // "kind of", "model of": a kind of the noun after "of" is asked for
    {
      question: 'what kind of milk is the cheese made from',
      expected: { kind: null, classNoun: 'milk' },
    },
    // a model, a make or a brand is told by its name ("a Bayraktar TB2", "a Fender Stratocaster")
    {
      question: 'which model of drone was sold',
      expected: { kind: 'name', classNoun: 'drone', asksName: true },
    },
    { question: 'what model was the guitar', expected: { kind: 'name', asksName: true } },
    { question: 'what brand of cigarettes does the plant make', expected: { kind: 'name', asksName: true } },
    { question: 'what sort of ranch is it', expected: { kind: null, classNoun: 'ranch' } },
    { question: 'what did the mayor promise', expected: { kind: null } },
    { question: 'how did the crowd react', expected: { kind: null } },
    { question: 'did the council approve the plan', expected: { kind: null, yesNo: true, happened: true } },
    { question: 'Is there a ferry to the island?', expected: { kind: null, yesNo: true } },
    { question: 'has the strike ended', expected: { kind: null, yesNo: true, happened: true } },
    { question: 'can the ban be appealed', expected: { kind: null, yesNo: true } },
    // an auxiliary typed without its apostrophe, or left out ("anyone hurt?")
    { question: 'didnt the council approve it', expected: { kind: null, yesNo: true, happened: true } },
    { question: 'anyone killed in the floods?', expected: { kind: null, yesNo: true } },
    { question: 'is the new stadium finished yet', expected: { kind: null, yesNo: true, happened: true } },
    { question: 'will the stadium be sold', expected: { kind: null, yesNo: true, ahead: true } },
    // what is still to come: the future's modals and "next"; "won" alone is the past of "win"
    { question: 'when will the talks resume', expected: { kind: 'time', ahead: true } },
    { question: 'when is the next meeting', expected: { kind: 'time', ahead: true } },
    // a slip of one of those words is read as it; an English word ("net") is not a slip
    { question: 'when is the nex meeting', expected: { kind: 'time', ahead: true } },
    // a plan in the present: "supposed to", "due to", "going to"; a past plan is not ahead
    { question: 'when are the talks supposed to resume', expected: { kind: 'time', ahead: true } },
    { question: "when's the bridge going to open", expected: { kind: 'time', ahead: true } },
    { question: 'what was the machine supposed to do', expected: { kind: null, classNoun: 'machine' } },
    { question: 'when did the talks set out to find a deal', expected: { kind: 'time', past: true } },
    { question: 'when is the report due to be published', expected: { kind: 'time', ahead: true } },
    // "due to" a cause and "going to" a place tell of no plan
    {
      question: 'how many homes are flooded due to the storm',
      expected: { kind: 'number', unit: 'count', counted: 'homes' },
    },
    { question: 'are the fans going to the match', expected: { kind: null, yesNo: true } },
    { question: 'when did the net fall', expected: { kind: 'time', past: true } },
    { question: "who won't be playing", expected: { kind: 'name', ahead: true } },
    { question: 'who won the vote', expected: { kind: 'name' } },
    { question: "wasn't the stadium sold", expected: { kind: null, yesNo: true, happened: true } },
    { question: 'can you tell me who won the vote', expected: { kind: 'name' } },
    { question: 'ferry timetable', expected: { kind: null, query: true } },
    // a question word opening a later clause asks; the clauses before it say what it is about
    {
      question: 'When the mayor said the mill would shut, who was the clerk that wrote it?',
      expected: { kind: 'person' },
    },
    {
      question: 'According to the council, when did the mill close?',
      expected: { kind: 'time', past: true },
    },
    {
      question: 'that old mill by the river, how many jobs went',
      expected: { kind: 'number', unit: 'count', counted: 'jobs' },
    },
    {
      question: 'After the mill shut, did the workers get paid?',
      expected: { kind: null, yesNo: true, happened: true },
    },
    // one that opens as a question asks as it opens
    { question: 'when did the mill close, and who shut it', expected: { kind: 'time', past: true } },
    { question: 'why, according to the council, did the mill close', expected: { kind: 'reason' } },
    // a class noun is read in its own usual sense before as the last word of an organisation's name
    { question: 'which guard opened the gate', expected: { kind: 'person', classNoun: 'guard' } },
    { question: 'which bank did the clerk rob', expected: { kind: 'organization', classNoun: 'bank' } },
    // a span of time no calendar unit names is told as a date or as how long
    {
      question: 'what prison term did the clerk get',
      expected: { kind: 'time', unit: 'duration', classNoun: 'term', past: true },
    },
  ] as const;

  for (const { question, expected } of cases) {
    it(`"${question}"`, () => {
      const want: ExpectedAnswer = { yesNo: false, ...expected };
      expect(expectedAnswer(question)).toEqual(want);
    });
  }
});

describe('factsOf', () => {
  // Made-up news sentences; each expected fact is [kind, unit or '', text].
  const cases = [
    {
      sentence: 'Mrs Alva Brennan, 58, said the plant would close.',
      facts: [
        ['person', '', 'Alva Brennan'],
        ['number', 'age', '58'],
      ],
    },
    // a surname the tagger reads as a verb stays on the name
    { sentence: 'John Cooper, a barrister, said it.', facts: [['person', '', 'John Cooper']] },
    // a reason clause ends at a "but" that opens the next one, not at the comma of a number
    {
      sentence: 'Masai missed the trials because of an ankle problem but AK insisted it would act.',
      facts: [
        ['reason', '', 'because of an ankle problem'],
        ['organization', '', 'AK'],
      ],
    },
    {
      sentence: 'Fighting resumed after the envoy said 4,000 fighters had arrived in the city.',
      facts: [
        ['reason', '', 'after the envoy said 4,000 fighters had arrived in the city'],
        ['number', 'count', '4,000 fighters'],
      ],
    },
    // a thing used to a purpose, in the passive; the active "used to" tells a habit
    {
      sentence: 'The land would be taken and used to settle poor farmers.',
      facts: [['reason', '', 'to settle poor farmers']],
    },
    { sentence: 'He used to run marathons in the city.', facts: [] },
    // an object told what to do gives no purpose; a thing sent or used to do it does
    { sentence: 'The minister asked officials at the council to check the books.', facts: [] },
    {
      sentence: 'The council sent inspectors to check the books.',
      facts: [['reason', '', 'to check the books']],
    },
    {
      sentence: 'The council used inspectors to check the books.',
      facts: [['reason', '', 'to check the books']],
    },
    // how much of a sanction is no reason for it; a span from another time is a time
    { sentence: 'The clerk was jailed for two years.', facts: [['number', 'duration', 'two years']] },
    { sentence: 'The clerk was jailed for fraud.', facts: [['reason', '', 'for fraud']] },
    { sentence: 'The mill shut two weeks later.', facts: [['time', '', 'two weeks later']] },
    {
      sentence: 'The 37-year-old striker signed on Monday.',
      facts: [
        ['number', 'age', '37-year-old'],
        ['time', '', 'Monday'],
      ],
    },
    { sentence: 'She died aged 81 at her home.', facts: [['number', 'age', 'aged 81']] },
    // a bare number someone is, ending its clause, is their age; a number of something is not
    { sentence: 'He said he was 34 and had no job.', facts: [['number', 'age', 'he was 34']] },
    { sentence: 'She was 34 minutes late.', facts: [['number', 'duration', '34 minutes']] },
    // an age told of the word "age"
    { sentence: 'The voting age is 18.', facts: [['number', 'age', 'age is 18']] },
    { sentence: 'They set a minimum age of 21.', facts: [['number', 'age', 'age of 21']] },
    {
      sentence: 'The average age of a gamer in the UK is now 28.',
      facts: [['number', 'age', 'age of a gamer in the UK is now 28']],
    },
    {
      sentence: 'The age of 30 per cent of the houses is unknown.',
      facts: [['number', 'percent', '30 per cent']],
    },
    {
      sentence: 'Olives have been grown here for 3,000 years.',
      facts: [['number', 'duration', '3,000 years']],
    },
    {
      sentence: 'Talks lasted six weeks before a deal was struck.',
      facts: [['number', 'duration', 'six weeks']],
    },
    // an ordinal unit of time tells how long so far; an ordinal alone tells no time
    {
      sentence: 'The strike is entering its seventh week.',
      facts: [['number', 'duration', 'seventh week']],
    },
    { sentence: 'She finished third in the race.', facts: [] },
    // so many in a measure is no share
    {
      sentence: 'He came back to win 4-6 7-6 6-3 in two hours and 38 minutes.',
      facts: [['number', 'duration', 'two hours and 38 minutes']],
    },
    // a bare unit of time is an amount ("for minutes"), not after a determiner ("the final minutes")
    { sentence: 'The crowd waited for hours.', facts: [['number', 'duration', 'hours']] },
    { sentence: 'He came on in the final minutes.', facts: [] },
    {
      sentence: 'After a two-hour hearing the judge adjourned the case.',
      facts: [['number', 'duration', 'two-hour']],
    },
    { sentence: 'The deal is worth $4bn to the shipbuilder.', facts: [['number', 'money', '$4bn']] },
    {
      sentence: 'The mansion sold for £3.2m last week.',
      facts: [
        ['number', 'money', '£3.2m'],
        ['time', '', 'last week'],
      ],
    },
    { sentence: 'Each ticket costs €15,000 at auction.', facts: [['number', 'money', '€15,000']] },
    // a day WordNet files as a time under a name of its own
    {
      sentence: 'The first game will be at home on Boxing Day.',
      facts: [['time', '', 'Boxing Day']],
    },
    { sentence: "The shop closed on New Year's Day.", facts: [['time', '', "New Year's Day"]] },
    // pence, as British news writes prices
    {
      sentence: 'Shares closed up 19p at 351p.',
      facts: [
        ['number', 'money', '19p'],
        ['number', 'money', '351p'],
      ],
    },
    { sentence: 'Turnout fell to 42% in the north.', facts: [['number', 'percent', '42%']] },
    // so many in a number is a share
    {
      sentence: 'They threw out one reading in eight.',
      facts: [['number', 'percent', 'one reading in eight']],
    },
    {
      sentence: 'Three out of four voters agreed.',
      facts: [['number', 'percent', 'Three out of four voters']],
    },
    // but not two counts of their own, nor a count in a year
    {
      sentence: 'Two people in three cities were hurt.',
      facts: [
        ['number', 'count', 'Two people'],
        ['number', 'count', 'three cities'],
      ],
    },
    {
      sentence: 'He scored 3 in 2004.',
      facts: [
        ['number', 'count', '3'],
        ['time', '', '2004'],
      ],
    },
    {
      sentence: 'The army deployed 2,500 soldiers to the border.',
      facts: [['number', 'count', '2,500 soldiers']],
    },
    { sentence: 'Hundreds of fans queued overnight.', facts: [['number', 'count', 'Hundreds of fans']] },
    // a count runs to the last noun of the phrase it counts
    {
      sentence: 'About 2,000 dock workers walked out.',
      facts: [['number', 'count', 'About 2,000 dock workers']],
    },
    {
      sentence: 'Three empty grain ships waited in the bay.',
      facts: [['number', 'count', 'Three empty grain ships']],
    },
    { sentence: 'The trail runs 40 miles along the coast.', facts: [['number', 'distance', '40 miles']] },
    // a count runs through a nation's adjective and a hyphened word to the noun it counts
    {
      sentence: 'Some 2,000 Peruvian dock workers struck.',
      facts: [['number', 'count', '2,000 Peruvian dock workers']],
    },
    {
      sentence: 'About 40 high-ranking Chilean officers resigned.',
      facts: [['number', 'count', 'About 40 high-ranking Chilean officers']],
    },
    // a participle after a count tells what befell the ones named before: it is not what is counted
    {
      sentence: 'Four miners were killed and 12 wounded.',
      facts: [
        ['number', 'count', 'Four miners'],
        ['number', 'count', '12'],
      ],
    },
    // a unit joined to its number by a hyphen
    { sentence: 'It has a 760-kilometer border.', facts: [['number', 'distance', '760-kilometer']] },
    { sentence: 'The fraud ran over a two-year period.', facts: [['number', 'duration', 'two-year']] },
    { sentence: 'Fire destroyed 900 hectares of pine.', facts: [['number', 'size', '900 hectares']] },
    {
      sentence: 'The mill opened in March 1921 and shut in 1988.',
      facts: [
        ['time', '', 'March 1921'],
        ['time', '', '1988'],
      ],
    },
    {
      sentence: 'The union warned earlier this month that jobs were at risk.',
      facts: [['time', '', 'earlier this month']],
    },
    {
      sentence: 'Flights were cancelled because of heavy snow.',
      facts: [['reason', '', 'because of heavy snow']],
    },
    {
      sentence: 'The road was closed due to a landslide, police said.',
      facts: [['reason', '', 'due to a landslide']],
    },
    { sentence: 'Workers staged protests over unpaid wages.', facts: [['reason', '', 'over unpaid wages']] },
    // "on the grounds that", and grounds of a kind
    {
      sentence: 'The member stood down on health grounds.',
      facts: [['reason', '', 'on health grounds']],
    },
    {
      sentence: 'The council says the toll is needed to pay for repairs.',
      facts: [['reason', '', 'needed to pay for repairs']],
    },
    {
      sentence: 'The minister said the ban was a mistake.',
      facts: [['reason', '', 'the ban was a mistake']],
    },
    {
      sentence: 'Markets fell amid fears of a downturn.',
      facts: [['reason', '', 'amid fears of a downturn']],
    },
    // what someone blames is a cause; "blamed him", "blamed each other" tell who is at fault
    {
      sentence: 'The brewer blamed a sharp rise in the price of barley.',
      facts: [['reason', '', 'blamed a sharp rise in the price of barley']],
    },
    { sentence: 'The caterer blamed him.', facts: [] },
    { sentence: 'Both sides blamed each other.', facts: [] },
    {
      sentence: 'Scientists blame a shortage of sandeels.',
      facts: [['reason', '', 'blame a shortage of sandeels']],
    },
    {
      sentence: 'The main reason is that fewer staff are on duty.',
      facts: [['reason', '', 'The main reason is that fewer staff are on duty']],
    },
    {
      sentence: 'Such works are held in the hope of a ransom.',
      facts: [['reason', '', 'in the hope of a ransom']],
    },
    {
      sentence: "The film's success owed much to an internet campaign.",
      facts: [['reason', '', 'owed much to an internet campaign']],
    },
    // what pushed someone to act, or left them unable to, is the subject before the verb
    {
      sentence: 'The owner said rising fuel bills had forced the firm to cut its late buses.',
      facts: [['reason', '', 'rising fuel bills']],
    },
    {
      sentence: 'Deep snow has left the herds unable to graze.',
      facts: [['reason', '', 'Deep snow']],
    },
    { sentence: 'He left the company to join a rival.', facts: [['reason', '', 'to join a rival']] },
    // what causes something, from the start of what someone believes; a concern centred on something
    {
      sentence: 'Experts believe a lack of food, mainly fish, is the main cause of the decline.',
      facts: [['reason', '', 'a lack of food, mainly fish,']],
    },
    {
      sentence: "The league's concerns centre on a company registered offshore.",
      facts: [['reason', '', 'concerns centre on a company registered offshore']],
    },
    {
      sentence: 'Prices rose, driven largely by demand from abroad.',
      facts: [['reason', '', 'driven largely by demand from abroad']],
    },
    {
      sentence: 'The presenter is to leave the show, saying he is tired of early starts.',
      facts: [['reason', '', 'saying he is tired of early starts']],
    },
    {
      sentence: 'The firm attributed the loss to a warm autumn.',
      facts: [
        ['reason', '', 'attributed the loss to a warm autumn'],
        ['time', '', 'autumn'],
      ],
    },
    {
      sentence: 'The blogger was jailed for criticising the governor.',
      facts: [['reason', '', 'for criticising the governor']],
    },
    {
      sentence: 'The council hired guards to protect the site.',
      facts: [['reason', '', 'to protect the site']],
    },
    {
      sentence: 'Farmers sold land in order to pay debts.',
      facts: [['reason', '', 'in order to pay debts']],
    },
    {
      sentence: 'The mayor resigned after he was charged with bribery.',
      facts: [['reason', '', 'after he was charged with bribery']],
    },
    // a past form that is no noun is a verb, though the tagger reads it as one after a run of nouns
    {
      sentence: 'He decided to attempt the row after the lifeboat crew rescued his son.',
      facts: [['reason', '', 'after the lifeboat crew rescued his son']],
    },
    {
      sentence: 'Spectators were evacuated from the stadium following a bomb scare.',
      facts: [['reason', '', 'following a bomb scare']],
    },
    {
      sentence: 'Dozens of miners went home, alarmed by the flooding.',
      facts: [['reason', '', 'alarmed by the flooding']],
    },
    {
      sentence: 'The board cancelled the tour as it feared protests.',
      facts: [['reason', '', 'as it feared protests']],
    },
    { sentence: 'Prices fell as demand weakened.', facts: [['reason', '', 'as demand weakened']] },
    {
      sentence: 'The rift stems from a row over water rights.',
      facts: [['reason', '', 'stems from a row over water rights']],
    },
    {
      sentence: 'The coach resigned, citing health reasons.',
      facts: [['reason', '', 'citing health reasons']],
    },
    {
      sentence: 'Shares fell in the wake of the report.',
      facts: [['reason', '', 'in the wake of the report']],
    },
    {
      sentence: 'The match was postponed for security reasons.',
      facts: [['reason', '', 'for security reasons']],
    },
    // an explanation given, and the start of a trouble
    {
      sentence: 'The firm explained it had lost its licence.',
      facts: [['reason', '', 'explained it had lost its licence']],
    },
    {
      sentence: 'The trouble began with the collapse of the market.',
      facts: [['reason', '', 'began with the collapse of the market']],
    },
    // explaining how something works gives no reason
    { sentence: 'The engineer explained how the pump works.', facts: [] },
    // a cause of death, a deal or plan it was part of, something given in exchange, a push
    {
      sentence: 'The singer died of a heart attack in 1982.',
      facts: [['reason', '', 'died of a heart attack in 1982']],
    },
    {
      sentence: 'He gave evidence as part of a deal with prosecutors.',
      facts: [['reason', '', 'as part of a deal with prosecutors']],
    },
    {
      sentence: 'The rebels freed two hostages in exchange for food.',
      facts: [['reason', '', 'in exchange for food']],
    },
    {
      sentence: 'The board came under intense pressure to resign.',
      facts: [['reason', '', 'under intense pressure to resign']],
    },
    {
      sentence: 'The decision was taken by the Northfield Borough Council.',
      facts: [['organization', '', 'Northfield Borough Council']],
    },
    {
      sentence: 'Shares in Kestrel Holdings Ltd rose sharply.',
      facts: [['organization', '', 'Kestrel Holdings Ltd']],
    },
    { sentence: 'A report by the NTSB was published.', facts: [['organization', '', 'NTSB']] },
    { sentence: 'The convoy left from Portugal at dawn.', facts: [['place', '', 'Portugal']] },
    { sentence: 'Villagers near Oskarvik were evacuated.', facts: [['place', '', 'Oskarvik']] },
    { sentence: 'The festival moved to the city of Marbrook.', facts: [['place', '', 'Marbrook']] },
    { sentence: 'Prime Minister Tomas Halvard flew home.', facts: [['person', '', 'Tomas Halvard']] },
    { sentence: 'The plan failed, said Ines Varga.', facts: [['person', '', 'Ines Varga']] },
    { sentence: 'Dr Okafor praised the nurses.', facts: [['person', '', 'Okafor']] },
    // A word for a person by what they do leads a name as a title does: no list need hold it.
    {
      sentence: 'Detective Inspector Stephen Kirkby of Norfolk Police said so.',
      facts: [['person', '', 'Stephen Kirkby']],
    },
  ] as const;

  for (const { sentence, facts } of cases) {
    it(`"${sentence}"`, () => {
      const found = factsOf(sentence).map((f) => [f.kind, f.unit ?? '', f.text]);
      // A sentence listed with no facts holds none.
      if (facts.length === 0) expect(found).toEqual([]);
      for (const fact of facts) expect(found).toContainEqual([...fact]);
    });
  }

  it('gives spans that point at the fact in the sentence', () => {
    const sentence = 'Ms Dale Ortiz, 29, paid $120 for 3 tickets in Lisbon on Saturday because of a sale.';
    for (const fact of factsOf(sentence)) expect(sentence.slice(fact.start, fact.end)).toBe(fact.text);
  });

  // A schedule, a likeness, a role or a reporting aside gives no reason.
  const noReasons = [
    'The play, due to open in Leeds this week, was banned.',
    'He is seen as a reformer, as well as a leader.',
    'As he told reporters, the plan failed.',
    'It was as cold as ice.',
    'The following day the mayor resigned.',
    'As a consequence the council has taken action.',
    // what someone said was being done is no explanation of it ("said it was a mistake" is)
    'The ministry said it was working on a peace plan.',
  ];
  for (const sentence of noReasons) {
    it(`finds no reason in "${sentence}"`, () => {
      expect(factsOf(sentence).filter((f) => f.kind === 'reason')).toEqual([]);
    });
  }

  it('does not take a capitalised word at the start of a sentence for a name', () => {
    expect(factsOf('Shareholders voted against the merger.').filter((f) => f.kind === 'name')).toEqual([]);
  });

  it('does not take a nationality adjective for a place', () => {
    expect(factsOf('Portuguese police arrested two men.').map((f) => f.text)).not.toContain('Portuguese');
  });

  it.each([
    ['At Sumburgh Head, not a single kittiwake chick survived.', 'not a single kittiwake chick'],
    ['Not one vote was cast against the plan.', 'Not one vote'],
    ['No deaths have been reported, but eight people were hurt.', 'No deaths'],
    ['No passengers were hurt.', 'No passengers'],
  ])('reads a count of none in "%s"', (sentence, count) => {
    expect(factsOf(sentence)).toContainEqual(
      expect.objectContaining({ kind: 'number', unit: 'count', text: count }),
    );
  });

  it.each([
    'The firm has no plans to close the plant.',
    'There is no evidence of fraud.',
    'No news was given to the families.',
  ])('reads no count in "%s"', (sentence) => {
    expect(factsOf(sentence).filter((fact) => fact.kind === 'number')).toEqual([]);
  });
});

describe('factsOfParagraph', () => {
  const paragraph =
    'Mr Jon Hale, 61, led the firm. Hale said sales fell 8% in 2019 because of storms. It rained.';
  const sentences = splitSentences(paragraph);

  it('gives the same facts as reading each sentence alone, relative to each sentence', () => {
    const byParagraph = factsOfParagraph(paragraph, locateSentences(paragraph, sentences));
    expect(byParagraph).toHaveLength(3);
    byParagraph.forEach((facts, i) => {
      const sentence = sentences[i] ?? '';
      for (const fact of facts) expect(sentence.slice(fact.start, fact.end)).toBe(fact.text);
    });
    expect(byParagraph[1]?.map((f) => f.text)).toEqual(
      expect.arrayContaining(['8%', '2019', 'because of storms']),
    );
    expect(byParagraph[2]).toEqual([]);
  });

  it('reads a surname alone as the person named in full in the same paragraph', () => {
    const [, second] = factsOfParagraph(paragraph, locateSentences(paragraph, sentences));
    expect(second).toContainEqual(expect.objectContaining({ kind: 'person', text: 'Hale' }));
  });
});

describe('holdsExpectedFact', () => {
  const cases = [
    { question: 'who met the minister', sentence: 'Mr Arlo Quinn met the minister on Monday.', holds: true },
    { question: 'who met Arlo Quinn', sentence: 'Mr Arlo Quinn met the minister on Monday.', holds: false },
    { question: 'who met Quinn', sentence: 'Mr Arlo Quinn met the minister on Monday.', holds: false },
    // a possessive typed without its apostrophe
    { question: 'who is quinns lawyer', sentence: 'Mr Arlo Quinn met the minister on Monday.', holds: false },
    // a person is given by their last name: the title before it may be the question's own words
    {
      question: 'who is the harbour master',
      sentence: '"We accept the ruling," Harbour Master Ivo Maret said.',
      holds: true,
    },
    {
      question: 'who is Maret',
      sentence: '"We accept the ruling," Harbour Master Ivo Maret said.',
      holds: false,
    },
    { question: 'how old is Reyes', sentence: 'Reyes, 24, scored twice.', holds: true },
    { question: 'how old is Reyes', sentence: 'Reyes scored twice on Sunday.', holds: false },
    { question: 'when did the mill close', sentence: 'The mill closed in June 2011.', holds: true },
    { question: 'when did the mill close', sentence: 'The mill closed after losses mounted.', holds: false },
    { question: 'when did the mill close', sentence: 'The mill closed for two years.', holds: false },
    // a time coarser than the unit asked does not answer: a decade is no year, a year or month no date
    { question: 'what year did the mill close', sentence: 'The mill closed in the 1970s.', holds: false },
    { question: 'what year did the mill close', sentence: 'The mill closed in 1974.', holds: true },
    // a finer time tells the year or month only where it holds one
    { question: 'what year did the mill close', sentence: 'The mill closed in March.', holds: false },
    { question: 'what year did the mill close', sentence: 'The mill closed in March 1974.', holds: true },
    { question: 'what year did the mill close', sentence: 'The mill closed last year.', holds: true },
    { question: 'what month did the mill close', sentence: 'The mill closed on Monday.', holds: false },
    { question: 'when did the mill close', sentence: 'The mill closed in the 1970s.', holds: true },
    { question: 'what date did the mill close', sentence: 'The mill closed in 1974.', holds: false },
    { question: 'what date did the mill close', sentence: 'The mill closed in April.', holds: false },
    { question: 'what date did the mill close', sentence: 'The mill closed this year.', holds: false },
    { question: 'what date did the mill close', sentence: 'The mill closed on 3 April 1974.', holds: true },
    { question: 'what month did the mill close', sentence: 'The mill closed in April.', holds: true },
    { question: 'what month did the mill close', sentence: 'The mill closed last year.', holds: false },
    { question: 'what prison term did the clerk get', sentence: 'The clerk got five years.', holds: true },
    {
      question: 'what internet speed does the village get',
      sentence: 'Homes can now get speeds of up to two megabits per second.',
      holds: true,
    },
    {
      question: 'what internet speed does the village get',
      sentence: 'The village got broadband in March.',
      holds: false,
    },
    {
      question: 'what prison term did the clerk get',
      sentence: 'The clerk was jailed in June.',
      holds: true,
    },
    // "since …" says from when
    {
      question: 'since when have the militants been crossing',
      sentence: 'Militants have been crossing since mid-September.',
      holds: true,
    },
    // "between …" and "from … to …" say between which times
    {
      question: 'what time of night did she write',
      sentence: 'She wrote most of the book between 2am and 5am.',
      holds: true,
    },
    {
      question: 'when did the mill run at a loss',
      sentence: 'It lost money from 1999 to 2002.',
      holds: true,
    },
    { question: 'when did the mill run at a loss', sentence: 'It lost money for three years.', holds: false },
    // "until …" says till when: when something is to end, not when something happened
    { question: 'whens the deadline for the sale', sentence: 'The club has until 4 April.', holds: true },
    {
      question: 'when did the club go into administration',
      sentence: 'A judge gave the club until 21 March.',
      holds: false,
    },
    // a time told as past does not say when something will be
    { question: 'when will the mill reopen', sentence: 'The mill will reopen on 3 May.', holds: true },
    { question: 'when will the mill reopen', sentence: 'The mill has been shut since 3 May.', holds: false },
    { question: 'when will the mill reopen', sentence: 'The mill shut two years ago.', holds: false },
    { question: 'when will the mill reopen', sentence: 'The mill shut last week.', holds: false },
    { question: 'why did the mill close', sentence: 'The mill closed after losses mounted.', holds: true },
    { question: 'how many fighters were sent', sentence: 'About 4,000 fighters were sent.', holds: true },
    { question: 'how many fighters were sent', sentence: 'The fighters were sent by boat.', holds: false },
    // a count of something else does not answer; a count of the same kind of thing, or a bare one, does
    { question: 'how many factories are there', sentence: 'It has 300 million smokers.', holds: false },
    { question: 'how many people smoke', sentence: 'It has 300 million smokers.', holds: true },
    { question: 'how many soldiers died', sentence: 'At least 30 men died.', holds: true },
    { question: 'how many soldiers died', sentence: 'At least 30 died.', holds: true },
    { question: 'how many soldiers died', sentence: 'At least 30 civilians died.', holds: false },
    // people counted by what befell each, in the question's own noun
    {
      question: 'how many people lost their jobs',
      sentence: 'It will shut with the loss of 340 jobs.',
      holds: true,
    },
    { question: 'how many workers lost their homes', sentence: 'The flood ruined 200 homes.', holds: true },
    { question: 'how many people lost their jobs', sentence: 'It will shut 3 plants.', holds: false },
    { question: 'how many farms lost their jobs', sentence: 'It lost 340 jobs.', holds: false },
    // how far a price fell is told as a share of it, as well as a distance is
    { question: 'how far did the shares fall', sentence: 'The shares closed down 23% at 412p.', holds: true },
    { question: 'how far did the convoy travel', sentence: 'The convoy travelled 40km.', holds: true },
    // or in the noun WordNet derives from the question's verb
    { question: 'how many people died in the crash', sentence: 'It caused six deaths.', holds: true },
    { question: 'how many people were injured', sentence: 'There were 12 injuries.', holds: true },
    { question: 'how many people were injured', sentence: 'There were 12 arrests.', holds: false },
    // a vague count counts what follows "of", over its adjectives
    { question: 'how many farms shut', sentence: 'Hundreds of illegal wells were dug.', holds: false },
    { question: 'how many farms shut', sentence: 'Hundreds of small farms shut.', holds: true },
    { question: 'how many farms shut', sentence: 'Hundreds of them shut.', holds: true },
    // an amount of land is no count of something else, but may be told in its units
    { question: 'how much land will be seized', sentence: 'The farm employs 300 workers.', holds: false },
    { question: 'how much land will be seized', sentence: 'They will seize 12,900 acres.', holds: true },
    // "how much" asks an amount: never an age or how long something took
    { question: 'how much cheese did the farm sell', sentence: 'The farm sold 900 tonnes.', holds: true },
    {
      question: 'how much cheese did the farm sell',
      sentence: 'Its 54-year-old owner sold it.',
      holds: false,
    },
    {
      question: 'how much cheese did the farm sell',
      sentence: 'It sold cheese for two years.',
      holds: false,
    },
    // how often: a count of times or the time between
    { question: 'how often does the ferry run', sentence: 'It runs every twenty minutes.', holds: true },
    { question: 'how often does the ferry run', sentence: 'It runs three times a day.', holds: true },
    { question: 'how much did the vase fetch', sentence: 'The vase fetched £40,000.', holds: true },
    {
      question: 'how much practice do learners need',
      sentence: 'Learners need 120 hours of practice.',
      holds: true,
    },
    { question: 'how much compo did he get', sentence: 'He was paid off after 18 months.', holds: false },
    { question: 'how much did the vase fetch', sentence: 'The vase was sold to 3 buyers.', holds: false },
    { question: 'where was the ship seized', sentence: 'The ship was seized near Portugal.', holds: true },
    {
      question: 'where in Portugal was the ship seized',
      sentence: 'The ship was seized near Portugal.',
      holds: false,
    },
    // the country the question gives as its adjective; its capital is another place
    {
      question: 'where was the Portuguese ship seized',
      sentence: 'The ship was seized near Portugal.',
      holds: false,
    },
    {
      question: 'where was the Portuguese ship seized',
      sentence: 'The ship was seized near Lisbon.',
      holds: true,
    },
    {
      question: 'which company makes the drug',
      sentence: 'The drug is made by Velora Pharma Ltd.',
      holds: true,
    },
    { question: 'is the bridge open', sentence: 'The bridge opened in 1990.', holds: false },
    { question: 'how long is the bridge', sentence: 'It is a 760-kilometre bridge.', holds: true },
    { question: 'how long was the siege', sentence: 'The siege lasted three weeks.', holds: true },
    // a "since" clause tells how long, and still from when; a date after the clause does not
    {
      question: 'how long has the party held the seat',
      sentence: 'The party has held the seat since the assembly was created in 1999.',
      holds: true,
    },
    {
      question: 'when was the assembly created',
      sentence: 'The party has held the seat since the assembly was created in 1999.',
      holds: true,
    },
    {
      question: 'how long has the party held the seat',
      sentence: 'The party has held it since then, and won again in 2004.',
      holds: false,
    },
    { question: 'how long was his sentence', sentence: 'He was given a 10-year sentence.', holds: true },
    { question: 'how long is the border', sentence: 'Talks have gone on since September 27.', holds: false },
    { question: 'how long did the siege last', sentence: 'It is a 760-kilometre bridge.', holds: false },
  ] as const;

  for (const { question, sentence, holds } of cases) {
    it(`"${question}" ${holds ? 'is' : 'is not'} answered by "${sentence}"`, () => {
      expect(holdsExpectedFact(expectedAnswer(question), factsOf(sentence), new Set(words(question)))).toBe(
        holds,
      );
    });
  }
});

describe('holdsAskedName', () => {
  const fact = (kind: Fact['kind'], text: string): Fact => ({ kind, text, start: 0, end: text.length });
  const cases = [
    { question: 'what is the name of the collector', facts: [fact('person', 'Arvid Holm')], holds: true },
    // the tagger takes a body for a person and back: either gives the name
    { question: 'what is the name of the group', facts: [fact('person', 'Reporters')], holds: true },
    { question: 'what was the name of the pilot', facts: [fact('organization', 'Vega Air')], holds: true },
    // a place names a place, not a person
    { question: 'what is the name of the town', facts: [fact('place', 'Selden')], holds: true },
    { question: 'what was the name of the pilot', facts: [fact('place', 'Selden')], holds: false },
    // the name the question gives, or no name at all, is no answer
    {
      question: 'what is the name of Lena Marsh’s band',
      facts: [fact('person', 'Lena Marsh')],
      holds: false,
    },
    { question: 'what is the name of the collector', facts: [fact('number', '90,000 pounds')], holds: false },
  ] as const;
  for (const { question, facts, holds } of cases) {
    it(`"${question}" ${holds ? 'is' : 'is not'} answered by ${facts.map((f) => f.text).join(', ')}`, () => {
      expect(holdsAskedName(expectedAnswer(question), facts, new Set(words(question)))).toBe(holds);
    });
  }
});

describe('properties', () => {
  const newsLike = fc.array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Mr',
        'Smith',
        ',',
        '24',
        '$5bn',
        'in',
        'Paris',
        'because',
        'of',
        'the',
        'Council',
        '.',
        '-',
        "'s",
        '“',
      ),
    ),
    { maxLength: 30 },
  );

  it('never throws and keeps spans inside the sentence', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          newsLike.map((parts) => parts.join(' ')),
        ),
        (sentence) => {
          for (const fact of factsOf(sentence)) {
            expect(fact.start).toBeGreaterThanOrEqual(0);
            expect(fact.end).toBeLessThanOrEqual(sentence.length);
            expect(fact.start).toBeLessThan(fact.end);
            expect(sentence.slice(fact.start, fact.end)).toBe(fact.text);
          }
          expectedAnswer(sentence);
        },
      ),
      { numRuns: 300 },
    );
  });
});
