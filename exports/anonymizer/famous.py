"""Names that stay in a text even where they match a roster name or read like a person's name:
famous people named in course content, products and programming languages, and the nouns that
make "<Name>'s <noun>" a method rather than a person's belonging ("Fisher's exact test").

Small on purpose: people students cite in essays and short answers, the tools they write about.
"""

# Surnames of people cited in course content. A capitalised one of these is not taken for a
# private person (a friend, a parent) from context alone ("I worked with Dijkstra's idea").
FAMOUS_SURNAMES = frozenset(
    """
    archimedes aristotle austen babbage bach bayes beethoven bellman berners-lee bohr boole bronte brontë
    caesar cantor chomsky churchill cleopatra copernicus cormen curie darwin dante descartes dickens dijkstra
    dirac dostoevsky edison einstein euclid euler faraday fermat fermi feynman fibonacci floyd fourier freud
    gandhi galileo gauss godel gödel goodall hawking heisenberg hemingway hilbert homer hopper hubble huffman
    jefferson jobs kafka karp kepler knuth kolmogorov kruskal lagrange lamarr laplace leibniz lincoln liskov
    lovelace mandela markov marx maxwell meitner mendel michelangelo mozart napoleon nash newton noether
    orwell pascal pasteur picasso planck plato poe prim pythagoras ramanujan riemann rowling sagan schrodinger
    schrödinger shakespeare shannon socrates tarjan tesla tolkien tolstoy torvalds turing twain ullman
    warshall washington woolf wozniak zuckerberg watt steinbeck golding dahl
    """.split()
)

# Given name and surname of famous people whose given name is a common one: "Ada Lovelace",
# "Grace Hopper" stay even when a student in the course is called Ada or Grace.
FAMOUS_FULL_NAMES = frozenset(
    (
        "ada lovelace|alan turing|grace hopper|marie curie|isaac newton|charles darwin|albert einstein"
        "|martin luther king|rosa parks|katherine johnson|adam smith|john nash|john locke|john keats"
        "|jane austen|charles babbage|charles dickens|george orwell|william shakespeare|mary shelley"
        "|emily dickinson|virginia woolf|rosalind franklin|benjamin franklin|george washington"
        "|abraham lincoln|nelson mandela|stephen hawking|carl sagan|richard feynman|niels bohr"
        "|max planck|james maxwell|michael faraday|nikola tesla|thomas edison|thomas jefferson"
        "|steve jobs|bill gates|tim berners-lee|linus torvalds|barbara liskov|donald knuth"
        "|edsger dijkstra|claude shannon|john von neumann|leonhard euler|carl gauss|blaise pascal"
        "|gregor mendel|louis pasteur|jane goodall|mark twain|edgar allan poe|leo tolstoy|anne frank"
        "|joan of arc|frida kahlo|vincent van gogh|pablo picasso|wolfgang mozart|ludwig beethoven"
        "|florence nightingale|bobby tables|dorothy hodgkin|lise meitner|chien-shiung wu|mary anning"
        "|alexander fleming|james watson|francis crick|john snow|rachel carson|margaret hamilton"
        "|hedy lamarr|alan kay|grace murray hopper|ada byron|james clerk maxwell|robert hooke"
    ).split("|")
)

# Products and programming languages that are also given names ("I rewrote it in Ruby",
# "Alexa set a timer"): such a word is a name only where the context says so.
PRODUCTS = frozenset(
    """
    ada alexa cortana crystal dart elixir julia pascal ruby siri swift kotlin scala haskell perl
    java python excel windows zoom linux github canvas moodle slack discord docker matlab numpy pandas
    pytorch tensorflow jupyter colab replit android iphone ipad chrome firefox safari chatgpt copilot
    grammarly wikipedia youtube google office teams notion figma unity arduino scratch django flask react
    angular vue node javascript typescript html css sql mysql postgresql postgres mongodb redis git gitlab
    bitbucket heroku aws azure vscode eclipse intellij pycharm xcode latex overleaf powerpoint outlook gmail
    instagram tiktok snapchat facebook twitter reddit stackoverflow spotify netflix amazon apple microsoft
    samsung nvidia intel ibm oracle tesla kaggle quizlet duolingo khan coursera udemy blackboard ethernet
    bluetooth wifi wireshark cisco ubuntu debian fedora unix mercedes toyota honda porsche ferrari lamborghini
    bert eliza elmo claude gemini llama mistral
    """.split()
)

# "<Surname>'s <noun>": a method, law or theorem named after someone, not a person's belonging
# (used for surnames only: "Grace's method" is a classmate's).
EPONYM_NOUNS = frozenset(
    """
    algorithm algorithms method methods theorem theorems law laws lemma rule rules equation equations
    test tests principle constant distribution transform series number numbers conjecture paradox
    machine thesis effect formula formulas inequality identity theory criterion
    sequence triangle hypothesis notation modulus ratio coefficient dish tube counter cycle scale kinetics
    curve syndrome disease model filter chain equilibrium taxonomy
    """.split()
)

# Of these, the ones that make even a given name's possessive an eponym: nobody calls a classmate's
# idea "Graham's law" or "Charles's law" (but "Grace's method" may well be a classmate's).
EPONYM_LAWS = frozenset("law laws theorem lemma conjecture paradox constant principle curve syndrome disease".split())

# The stock characters of cryptography and protocol examples: "Alice sends Bob a key; Eve listens".
# Two of them in one text are the example's parties, not people.
STOCK_CHARACTERS = frozenset("alice bob carol dave eve mallory trent peggy victor".split())
