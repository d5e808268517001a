"""Well-known English nicknames of given names, both ways: a roster "Robert" is also "Bob" in
a text, a roster "Bill" is also "William". Small on purpose: only the forms people really use."""

FORMAL_TO_NICKNAMES = {
    "abigail": "abby abbie gail", "alexander": "alex alec sasha xander", "alexandra": "alex lexi sasha sandra",
    "alfred": "alf alfie fred", "andrew": "andy drew", "anthony": "tony", "arthur": "art artie",
    "barbara": "barb babs", "benjamin": "ben benny benji", "bernard": "bernie", "catherine": "cathy kate katie cat",
    "charles": "charlie chuck chaz", "charlotte": "charlie lottie", "christina": "chris tina christy",
    "christine": "chris tina", "christopher": "chris kit topher", "cynthia": "cindy", "daniel": "dan danny",
    "danielle": "dani", "david": "dave davey", "deborah": "deb debbie", "donald": "don donny",
    "dorothy": "dot dottie", "douglas": "doug", "edward": "ed eddie ted ned", "eleanor": "ellie nell nora",
    "elizabeth": "liz beth lizzie betty eliza libby betsy", "emily": "em emmy", "frances": "fran frankie",
    "francis": "frank fran", "francisco": "paco pancho frank", "frederick": "fred freddie", "gabriel": "gabe",
    "gabriella": "gabby gabi", "gabrielle": "gabby", "gerald": "gerry jerry", "gregory": "greg",
    "harold": "harry hal", "henry": "hank harry hal", "isabel": "izzy bel", "isabella": "bella izzy",
    "jacob": "jake", "james": "jim jimmy jamie", "jennifer": "jen jenny", "jessica": "jess jessie",
    "john": "jack johnny", "jonathan": "jon jonny", "joseph": "joe joey", "josephine": "jo josie",
    "josé": "pepe", "jose": "pepe", "joshua": "josh", "katherine": "kate katie kathy kat kay",
    "kathleen": "kathy kate", "kimberly": "kim", "lawrence": "larry", "leonard": "leo len lenny",
    "margaret": "maggie meg peggy marge", "matthew": "matt", "michael": "mike mikey mick",
    "mitchell": "mitch", "nathan": "nate", "nathaniel": "nate nat", "nicholas": "nick nicky",
    "nicole": "nikki", "oliver": "ollie", "olivia": "liv livvy", "patricia": "pat patty trish tricia",
    "patrick": "pat paddy", "penelope": "penny", "peter": "pete", "philip": "phil", "phillip": "phil",
    "rebecca": "becky becca", "richard": "rick rich dick ricky", "robert": "bob rob bobby robbie bert",
    "ronald": "ron ronnie", "samantha": "sam sammy", "samuel": "sam sammy", "sandra": "sandy",
    "stephanie": "steph", "stephen": "steve", "steven": "steve", "susan": "sue susie suzy",
    "theodore": "theo ted teddy", "thomas": "tom tommy", "timothy": "tim timmy", "valerie": "val",
    "victoria": "vicky tori", "vincent": "vince vinny", "walter": "walt wally", "william": "will bill billy liam",
    "zachary": "zach zack",
}


def _both_ways() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for formal, nicknames in FORMAL_TO_NICKNAMES.items():
        for nickname in nicknames.split():
            table.setdefault(formal, set()).add(nickname)
            table.setdefault(nickname, set()).add(formal)
    return {name: frozenset(others) for name, others in table.items()}


NICKNAMES = _both_ways()
