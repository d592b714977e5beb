"""Everyday English words and their usual French translations: the data of `bridge.py`.

The headwords are the most frequent English content words (wordfreq's 5,000 most frequent
English word forms, grouped by Snowball stem, less function words, names, places and slang),
in order of frequency; then 165 words of law and administration that people use about their
own affairs (family, home and tenancy, buying and selling, building, debts, inheritance,
contracts, courts; and in a second pass, the family's other members, the person and the body,
honour and injury, gifts: "aunt", "underage", "faulty", "kidney", "donor", "slander"; and
in a third, 39 more read from the Code civil's titles: "annuity", "arbitration", "builder",
"dementia", "lottery", "mould", "pawn", "scam", "unworthy"), which
those 5,000 forms lack, written from general legal vocabulary and kept only when common in
English at large (a wordfreq Zipf frequency of 3 or more, once in a million words: "tenant",
"heir", "liable", "spouse", not "usufruct" or "easement"). Each is followed by one to four
usual French translations, in their dictionary form (a function word in a translation is no
match: "later: plus tard" finds "tard"; each word of a translation is read on its own, so a
term French writes in several words is left out when its words mean something else alone:
"password" is no "mot" or "passe"). A few function words that French says with its own
function words close the list ("without: sans"): an English question's word of that kind is
then no subject word, and so is a French one whose English counterpart is a function word
(the modal verbs: "comment dois-je nommer…", *must*, *should*). General vocabulary only, chosen by frequency (and for the second part,
by being the words of everyday legal affairs): no word of one corpus, whichever is asked.
The titles written by their initials that both languages use every day ("CEO: PDG") follow:
a common title, not a name (`abstention.py`). `bridge.py` reads every entry both ways (French
question words find their English counterparts too) and compares both sides by their stems, so
one form of each word is enough.
"""

ENGLISH_FRENCH = """
time: temps fois heure moment
new: nouveau neuf
people: gens personnes peuple
good: bon bien
first: premier
see: voir
two: deux
make: faire fabriquer
think: penser croire
back: dos retour arrière
want: vouloir
work: travail travailler oeuvre
year: année an
day: jour journée
take: prendre
need: besoin
life: vie
world: monde
great: grand
last: dernier
love: amour aimer
man: homme
home: maison domicile foyer
long: long longtemps
look: regarder chercher
use: utiliser usage emploi
every: chaque
part: partie
state: état
three: trois
find: trouver
help: aide aider
high: haut élevé
little: petit peu
old: vieux ancien âgé
thing: chose
game: jeu partie
give: donner
house: maison logement habitation
place: lieu endroit
school: école
next: prochain suivant
end: fin
show: montrer afficher
big: grand gros
feel: sentir ressentir
sure: sûr certain
team: équipe
family: famille
keep: garder conserver
put: mettre
money: argent somme
free: gratuit libre
second: second deuxième
away: loin absent
number: nombre numéro
city: ville
name: nom nommer
night: nuit
play: jouer
company: entreprise société
few: peu
real: réel vrai
call: appeler appel
different: différent
set: définir ensemble régler
however: cependant
government: gouvernement état administration
group: groupe
public: public
top: haut sommet
woman: femme
business: entreprise affaires commerce
care: soin
start: commencer démarrer début
system: système
week: semaine
already: déjà
anything: rien
case: cas
nothing: rien
person: personne
today: aujourd'hui
change: changer changement modifier modification
enough: assez suffisant
everything: tout
full: plein complet
live: vivre habiter
point: point
read: lire
yet: encore
bad: mauvais
four: quatre
hard: dur difficile
mean: signifier moyen
support: soutien appui
power: pouvoir puissance
stop: arrêter arrêt
water: eau eaux
based: fondé
believe: croire
head: tête chef
small: petit
white: blanc
far: loin
job: emploi travail poste
side: côté
try: essayer
actually: réellement
later: plus tard
less: moins
line: ligne
order: ordre commande
party: partie fête parti
run: courir exécuter lancer
service: service
country: pays
open: ouvrir ouvert
season: saison
thank: remercier
child: enfant
everyone: tous
general: général
area: zone domaine
black: noir
follow: suivre
law: loi droit
together: ensemble
war: guerre
whole: entier
face: visage face
five: cinq
kind: sorte genre type
story: histoire
course: cours
health: santé
hope: espoir espérer
important: important
least: moindre
news: nouvelles actualités
able: capable
book: livre
early: tôt précoce
friend: ami
information: information renseignement
local: local
post: publication poste
video: vidéo
young: jeune
ago: auparavant
social: social
talk: parler
court: tribunal cour
fact: fait
given: donné
half: moitié
hand: main
level: niveau
mind: esprit
often: souvent
single: seul unique
become: devenir
body: corps
control: contrôle contrôler
death: mort décès
food: nourriture aliment
hour: heure
office: bureau
pay: payer paiement
problem: problème
south: sud
true: vrai
almost: presque
history: histoire historique
known: connu
large: grand
lost: perdu
research: recherche
room: pièce chambre salle
several: plusieurs
university: université
win: gagner
wrong: faux erreur
along: long
anyone: quiconque
else: autre autrui
girl: fille
matter: question importer
pretty: joli assez
remember: souvenir rappeler
air: air
bit: peu morceau
hit: frapper
nice: gentil agréable
probably: probablement
say: dire
understand: comprendre
close: fermer proche
idea: idée
international: international
past: passé
possible: possible
cause: cause causer
due: dû échu
happy: heureux
human: humain
member: membre
month: mois
move: déplacer déménager
question: question
wait: attendre
ask: demander
community: communauté
data: données
late: tard retard
leave: quitter partir laisser congé
north: nord
special: spécial
watch: regarder montre
future: avenir futur
light: lumière léger
low: bas faible
million: million
morning: matin
police: police
short: court bref
stay: rester séjour
age: âge
buy: acheter achat
deal: accord affaire traiter
rather: plutôt
reason: raison motif
red: rouge
report: rapport signaler
soon: bientôt
third: troisième tiers
turn: tourner tour
whether: si
among: parmi
check: vérifier contrôler
development: développement
form: forme formulaire
further: plus loin
heart: coeur
minute: minute
act: acte agir
although: bien que
fire: feu incendie
fun: amusant
major: majeur principal
media: médias
phone: téléphone
player: joueur lecteur
art: art
behind: derrière
building: bâtiment immeuble construction
easy: facile
market: marché
near: près proche
plan: plan
political: politique
quite: assez
six: six
west: ouest
according: selon
available: disponible
education: éducation enseignement
final: final définitif
former: ancien
front: devant avant
kid: enfant
list: liste
ready: prêt
sometimes: parfois
street: rue
bring: apporter amener
college: collège faculté
current: actuel courant
example: exemple
experience: expérience
heard: entendu
meet: rencontrer réunir
program: programme
type: type
baby: bébé
chance: chance hasard
father: père
process: processus procédure
song: chanson
study: étude étudier
word: mot parole
across: à travers
action: action
clear: clair effacer
gave: donné
outside: dehors extérieur
self: soi
student: étudiant élève
board: conseil tableau planche
cost: coût frais
cut: couper
field: champ domaine
held: tenu
instead: plutôt
main: principal
moment: moment
mother: mère
road: route chemin voie
seem: sembler
town: ville commune
department: département service
energy: énergie
fight: combat battre
fine: amende bien
force: force forcer contraindre obliger
hear: entendre
issue: problème question émettre
price: prix
rest: repos reste
result: résultat
space: espace
summer: été
term: terme durée
wife: épouse femme conjoint
beautiful: beau
date: date
kill: tuer
land: terre terrain fonds sol
miss: manquer
project: projet
shot: tir coup
site: site
strong: fort
account: compte
especially: surtout
eye: oeil yeux
parent: parent
period: période délai
position: position
record: enregistrement registre
similar: semblable
total: total
above: dessus
club: club
common: commun
die: mourir décéder décès
film: film
happen: arriver produire
knew: savait
lead: mener conduire
military: militaire
perfect: parfait
security: sécurité sûreté
share: part partager action
center: centre
county: comté
couple: couple
dead: mort décédé défunt
hold: tenir détenir
industry: industrie
inside: intérieur dedans
online: en ligne
private: privé
return: retour rendre restituer
sense: sens
star: étoile
test: test essai tester
view: vue voir
break: casser pause rompre
event: événement
higher: supérieur
middle: milieu
present: présent
sorry: désolé
training: formation entraînement
wish: souhaiter souhait
answer: réponse répondre
boy: garçon
design: conception
gold: or
gone: parti
guess: deviner
interest: intérêt
king: roi
learn: apprendre
policy: politique
society: société
add: ajouter
alone: seul
average: moyenne moyen
bank: banque
certain: certain
church: église
east: est
hot: chaud
longer: plus long
medical: médical
movie: film
original: original
park: parc
performance: performance exécution
press: presse appuyer
receive: recevoir
role: rôle
sent: envoyé
became: devenu
bill: facture projet
cool: frais
director: directeur
exactly: exactement
ground: sol terrain
provide: fournir prévoir
relationship: relation
sound: son
source: source
usually: habituellement
value: valeur
evidence: preuve
official: officiel
production: production
rate: taux
round: rond tour
save: sauvegarder enregistrer économiser sauver
stand: tenir
tax: impôt taxe
amount: montant somme quantité
blue: bleu
drive: conduire lecteur
eat: manger
fall: tomber chute
fast: rapide
federal: fédéral
green: vert
league: ligue
management: gestion
match: correspondre match
model: modèle
picture: image photo
size: taille
step: étape pas
trust: confiance fiducie
central: central
forward: avant transmettre
key: clé clef
page: page
paid: payé
range: plage
review: examen revue
science: science
trade: commerce
upon: sur
various: divers
attention: attention
brother: frère
character: caractère personnage
chief: chef
cup: coupe tasse
football: football
hate: haine détester
led: mené
lower: inférieur baisser
natural: naturel
property: propriété bien biens
quality: qualité
send: envoyer expédier
style: style
vote: vote voter
amazing: incroyable
blood: sang
complete: complet compléter
dog: chien
economic: économique
involved: impliqué
language: langue langage
oil: huile pétrole
related: lié
serious: grave sérieux
stage: étape scène
title: titre
article: article
attack: attaque
born: né
decide: décider
decision: décision
enjoy: profiter jouir
entire: entier
met: rencontré
perhaps: peut-être
poor: pauvre
release: version libérer publier
situation: situation
technology: technologie
website: site
written: écrit
choice: choix
code: code
consider: considérer
continue: continuer
council: conseil
cover: couvrir
door: porte
election: élection
european: européen
financial: financier
foreign: étranger
hair: cheveux
increase: augmenter augmentation
legal: légal juridique
lose: perdre
pick: choisir
race: course race
seven: sept
sign: signer signe
simple: simple
simply: simplement
staff: personnel
walk: marcher
bed: lit
began: commencé
built: construit
career: carrière
daily: quotidien
daughter: fille
difficult: difficile
figure: chiffre figure
hospital: hôpital
loss: perte
modern: moderne
paper: papier
popular: populaire
publish: publier
safe: sûr
version: version
voice: voix
writing: écrire écriture écrit
army: armée
earth: terre
forget: oublier
goal: but objectif
huge: énorme
internet: internet
listen: écouter
practice: pratique
rule: règle
sea: mer
success: succès
towards: vers
access: accès
below: dessous
create: créer
deep: profond
mark: marque marquer
offer: offre offrir
pass: passer
professional: professionnel
risk: risque
sleep: dormir
table: table tableau
ten: dix
truth: vérité
ball: balle
box: boîte
card: carte
dark: sombre
district: district
mine: mine
minister: ministre
note: note
percent: pourcent
piece: pièce morceau
recent: récent
straight: droit
visit: visite visiter
wall: mur
wrote: écrit
allow: permettre autoriser
culture: culture
fan: fan
growth: croissance
married: marié
pain: douleur
respect: respect
response: réponse
river: rivière fleuve
rock: rocher
speak: parler
specific: spécifique
standard: norme standard
tonight: ce soir
album: album
century: siècle
charge: charge
cold: froid
effect: effet
eight: huit
except: sauf
funny: drôle
limit: limite limiter
network: réseau
peace: paix
require: exiger requérir
sale: vente
spent: dépensé
store: magasin stocker
tomorrow: demain
track: suivre piste
via: via
weight: poids
addition: ajout
ahead: devant
association: association
beat: battre
capital: capital capitale
committee: comité
conference: conférence
double: double
expect: attendre
gas: gaz
island: île
normal: normal
population: population
potential: potentiel
pressure: pression
radio: radio
station: gare station
text: texte
treatment: traitement
western: occidental
beginning: début
campaign: campagne
content: contenu
credit: crédit
cross: croix traverser
describe: décrire
despite: malgré
female: femme féminin
focus: focaliser
husband: mari époux conjoint
ice: glace
individual: individu individuel
join: rejoindre
kept: gardé
message: message
mile: mille
particular: particulier
previous: précédent
quickly: rapidement
region: région
section: section
sort: trier sorte
speed: vitesse
travel: voyage voyager
contact: contact
drop: déposer laisser
fair: juste équitable
feet: pieds
link: lien
throughout: partout
tour: tournée
welcome: bienvenue
absolutely: absolument
beyond: au-delà
condition: condition
earlier: plus tôt
extra: supplémentaire
immediately: immédiatement
sell: vendre céder
significant: significatif
unless: sauf si
agree: accepter convenir
clean: nettoyer propre
computer: ordinateur
construction: construction
episode: épisode
favorite: favori
income: revenu revenus
justice: justice
movement: mouvement
photo: photo
safety: sécurité
scene: scène
sold: vendu
spend: dépenser
statement: déclaration
sun: soleil
ability: capacité
announce: annoncer
coach: entraîneur
collection: collection
definitely: certainement
gun: arme
heavy: lourd
knowledge: connaissance
search: recherche chercher
subject: sujet
wide: large
author: auteur
claim: réclamer revendiquer créance
fear: peur
fit: adapter
global: mondial global
hotel: hôtel
judge: juge juger
lady: dame
leader: dirigeant chef
letter: lettre
material: matériel matériau
nobody: personne
opportunity: opportunité
regular: régulier
secretary: secrétaire
sister: soeur
worker: travailleur salarié ouvrier
annual: annuel
bar: barre bar
battle: bataille
brain: cerveau
contract: contrat
degree: degré diplôme
feature: fonctionnalité
finish: finir terminer
floor: sol étage
grow: grandir croître
hurt: blesser
image: image
insurance: assurance
opinion: avis opinion
physical: physique
reach: atteindre
sport: sport
stupid: stupide
active: actif
administration: administration
approach: approche
biggest: plus grand
cancer: cancer
civil: civil
dance: danse
defense: défense
direction: direction
independent: indépendant
master: maître
none: aucun
ship: navire
stock: stock
weekend: week-end
wonder: merveille
worst: pire
awesome: génial
band: groupe
beach: plage
cash: espèces liquide
commercial: commercial
compare: comparer
effort: effort
imagine: imaginer
impact: impact
lack: manque défaut
latest: dernier
multiple: multiple plusieurs
older: aîné
operation: opération
organization: organisation
protect: protéger
secret: secret
senior: aîné
spring: printemps
telling: dire
wear: porter
address: adresse
analysis: analyse
anyway: quand même
bought: acheté
choose: choisir
color: couleur
commission: commission
competition: concurrence compétition
detail: détail
dream: rêve
easily: facilement
grand: grand
literally: littéralement
luck: chance
marriage: mariage
necessary: nécessaire
patient: patient
resource: ressource
rich: riche
skin: peau
suppose: supposer
sweet: doux
thus: ainsi
touch: toucher
yesterday: hier
caught: attrapé
congress: congrès
damage: dommage dégât
disease: maladie
doctor: médecin docteur
doubt: doute
drink: boire boisson
establish: établir
fish: poisson
glad: content
greater: plus grand
largest: plus grand
machine: machine
notice: avis préavis remarquer
overall: global
professor: professeur
shown: montré
sit: asseoir
trip: voyage
basic: basique élémentaire
captain: capitaine
carry: porter
car: voiture véhicule
crime: crime infraction
explain: expliquer
fully: pleinement
male: masculin
plant: plante usine
reality: réalité
spot: endroit
winter: hiver
worse: pire
advice: conseil
agreement: accord convention
award: prix
block: bloquer bloc
broken: cassé
challenge: défi
christian: chrétien
equipment: équipement
eventually: finalement
holy: saint
otherwise: sinon
primary: primaire
purpose: but objet
shop: boutique magasin
sick: malade
teacher: enseignant professeur
theory: théorie
agency: agence
avoid: éviter
camera: caméra
catch: attraper
cell: cellule
coast: côte
comment: commentaire
drug: médicament drogue
economy: économie
environment: environnement
executive: exécutif dirigeant
foot: pied
hall: salle
mass: masse
mission: mission
nine: neuf
produce: produire
ran: couru
trial: procès essai
truly: vraiment
weather: météo temps
app: application
application: application
coffee: café
complex: complexe
division: division
evening: soir
flight: vol
freedom: liberté
heat: chaleur
highest: plus haut
interview: entretien
library: bibliothèque
locate: situer
murder: meurtre
queen: reine
accept: accepter
appear: apparaître
attempt: tentative
broke: cassé
channel: canal salon chaîne
distance: distance
exchange: échange
fat: gras
fell: tombé
glass: verre
mobile: mobile
northern: nord
prior: antérieur préalable
religious: religieux
ride: monter
royal: royal
screen: écran
serve: servir
slow: lent
species: espèce
speech: discours
traffic: trafic circulation
tree: arbre
airport: aéroport
animal: animal
benefit: avantage bénéfice
bottom: bas fond
demand: demande
engine: moteur
everybody: tous
famous: célèbre
investment: investissement
lie: mentir mensonge
partner: partenaire
raise: lever élever
sad: triste
solution: solution
southern: sud
square: carré
structure: structure
traditional: traditionnel
twice: deux fois
wind: vent
worry: inquiéter souci
brand: marque
bus: bus
cent: cent
count: compter
critical: critique
digital: numérique
fourth: quatrième
fresh: frais
lake: lac
mental: mental
mention: mentionner
mostly: surtout
mouth: bouche
owner: propriétaire
realize: réaliser
remain: rester demeurer
scale: échelle
score: score
separate: séparé séparer
smart: intelligent
surface: surface
throw: lancer jeter
wedding: mariage noces
arm: bras arme
budget: budget
click: cliquer
estate: succession domaine
fail: échouer
faith: foi
fashion: mode
fund: fonds
generation: génération
hill: colline
larger: plus grand
metal: métal
profile: profil
pull: tirer
push: pousser
rose: rose
seat: siège
target: cible
village: village
agent: agent
apply: appliquer
basis: base
draw: dessiner
employee: employé salarié
enter: entrer
foundation: fondation
gain: gain
memory: mémoire
prime: premier
ring: anneau
rise: hausse
silver: argent
soul: âme
spread: répandre
supply: fourniture
waste: déchet gaspillage
weird: bizarre
adult: adulte majeur
apparently: apparemment
artist: artiste
chairman: président
edition: édition
grade: note
healthy: sain
institute: institut
method: méthode
option: option
prison: prison
smaller: plus petit
somebody: quelqu'un
stone: pierre
strength: force
user: utilisateur
wild: sauvage
window: fenêtre
winner: gagnant
arrive: arriver
bag: sac
bet: pari
camp: camp
cast: distribution
correct: correct corriger
dangerous: dangereux
extremely: extrêmement
firm: entreprise ferme
handle: gérer traiter
improve: améliorer
indeed: en effet
negative: négatif
prevent: empêcher
remove: supprimer retirer enlever
spirit: esprit
television: télévision
trouble: ennui difficulté
advantage: avantage
apart: séparé
aware: conscient
cat: chat
customer: client
dinner: dîner
dollar: dollar
eastern: est
fifth: cinquième
function: fonction
gift: cadeau don
herself: elle-même
impossible: impossible
influence: influence
item: élément objet
nor: ni
progress: progrès
proud: fier
shooting: tir
shut: fermer
wood: bois
background: arrière-plan
birth: naissance
bridge: pont
concept: concept
copy: copie copier
dear: cher
garden: jardin
host: hôte héberger
journal: journal
labor: travail
leadership: direction
length: longueur
lucky: chanceux
neither: aucun
prove: prouver
rare: rare
skill: compétence
software: logiciel
thousand: mille
tough: dur
alive: vivant
balance: solde équilibre
birthday: anniversaire
boss: patron
connection: connexion
dress: robe
easier: plus facile
fellow: camarade
horse: cheval
magic: magie
map: carte
net: net
own: propre posséder
request: requête demande
stick: bâton coller
vehicle: véhicule
volume: volume
wake: réveiller
aid: aide
billion: milliard
concern: préoccupation
conversation: conversation
corner: coin
criminal: criminel pénal
driver: conducteur pilote
exist: exister
farm: ferme
file: fichier dossier
fix: réparer corriger
fly: voler
guide: guide
investigation: enquête
roll: rouler
slightly: légèrement
suggest: suggérer
surprise: surprise
technical: technique
treat: traiter
unique: unique
variety: variété
violence: violence
weapon: arme
youth: jeunesse
appreciate: apprécier
bigger: plus grand
discover: découvrir
dry: sec
edge: bord
evil: mal
excite: exciter
forever: toujours
injury: blessure
iron: fer
mad: fou
magazine: magazine
parliament: parlement
prepare: préparer
reference: référence
religion: religion
somewhere: ailleurs
strategy: stratégie
web: web
wine: vin
audience: public
bay: baie
blog: blog
closer: plus proche
core: noyau
democratic: démocratique
description: description
excellent: excellent
guard: garde
honest: honnête
medicine: médecine médicament
mountain: montagne
nuclear: nucléaire
port: port
presence: présence
reaction: réaction
reduce: réduire
solid: solide
stress: stress
taste: goût
tea: thé
victory: victoire
afternoon: après-midi
assistant: assistant
citizen: citoyen
classic: classique
clothes: vêtements
electric: électrique
emergency: urgence
failure: échec défaillance
festival: festival
flat: plat appartement
fuel: carburant
hello: bonjour
ill: malade
initial: initial
introduce: introduire
kick: expulser
mail: courrier
massive: massif
pair: paire
plane: avion
plenty: beaucoup
prince: prince
proper: propre approprié
quarter: quart quartier
session: session
shape: forme
sky: ciel
teaching: enseignement
transfer: transfert transférer
upper: supérieur
valley: vallée
willing: disposé
zone: zone
accident: accident
advanced: avancé
alternative: alternative
anywhere: partout
bear: ours supporter
boat: bateau
capacity: capacité
cheap: économique
climate: climat
discussion: discussion
duty: devoir obligation
fantastic: fantastique
governor: gouverneur
hundred: cent
joint: commun conjoint
mix: mélanger
museum: musée
path: chemin
promise: promesse
propose: proposer
purchase: achat acheter
rain: pluie pluvial
steel: acier
terrible: terrible
tired: fatigué
vice: vice
warm: chaud
afraid: effrayé
beer: bière
border: frontière bordure
command: commande
crew: équipage
crowd: foule
element: élément
enemy: ennemi
ensure: assurer
environmental: environnemental
fill: remplir
forest: forêt
intelligence: intelligence
intend: destiner
labour: travail
moon: lune
ocean: océan
profit: profit bénéfice
proof: preuve
soldier: soldat
suit: costume
attorney: avocat mandataire
behavior: comportement
chair: chaise
debt: dette créance
domestic: domestique
expensive: cher
grew: grandi
historical: historique
honor: honneur
jump: sauter
launch: lancer
minimum: minimum
native: natif
suddenly: soudain
supreme: suprême
survey: enquête sondage
tech: technique
update: actualiser
writer: écrivain
yellow: jaune
younger: plus jeune cadet
ancient: ancien
combine: combiner
communication: communication
contain: contenir
download: télécharger
email: courriel
exercise: exercice
express: exprès exprimer
flow: flux
girlfriend: copine
hero: héros
illegal: illégal
joke: blague
loan: prêt emprunt
planet: planète
restaurant: restaurant
select: sélectionner
soft: doux
stuck: bloqué
sugar: sucre
taught: enseigné
transport: transport
affair: affaire
appeal: appel
appropriate: approprié
confirm: confirmer
device: appareil
drama: drame
entry: entrée
era: ère
factor: facteur
feed: nourrir
golden: doré
grant: accorder octroyer
grown: adulte
lawyer: avocat
leg: jambe
measure: mesure
mistake: erreur
platform: plateforme
pool: piscine
regard: égard
route: route
schedule: horaire planifier
scientific: scientifique
shoe: chaussure
smoke: fumée
squad: équipe
abuse: abus
angry: fâché
candidate: candidat
comfortable: confortable
emotional: émotionnel
everywhere: partout
facility: installation
hole: trou
holiday: vacances
internal: interne
laugh: rire
liberal: libéral
lunch: déjeuner
milk: lait
pack: paquet
payment: paiement versement
sector: secteur
snow: neige
storm: tempête
strike: grève frapper
studio: studio
weak: faible
actor: acteur
chain: chaîne
chapter: chapitre
commit: commettre
confidence: confiance
cook: cuisiner
equal: égal
fake: faux
finance: finance
identity: identité
journey: voyage
kitchen: cuisine
maintain: maintenir entretenir
numerous: nombreux
quiet: calme
reveal: révéler
split: diviser partager
task: tâche
twenty: vingt
urban: urbain
affect: affecter
aircraft: avion
approve: approuver
approximately: environ
argument: argument
arrest: arrêter
conflict: conflit
corporate: entreprise
debate: débat
determine: déterminer
distribution: distribution partage
document: document
escape: échapper
extend: étendre prolonger
faster: plus vite
fault: faute
flower: fleur
lay: poser
phase: phase
pure: pur
resident: résident
revenue: revenu recette
smile: sourire
strange: étrange
talent: talent
temperature: température
troop: troupe
truck: camion
besides: outre
bird: oiseau
blame: blâmer
bowl: bol
chicken: poulet
context: contexte
coverage: couverture
display: afficher affichage
experienced: expérimenté
false: faux
forgot: oublié
identify: identifier
incredible: incroyable
inspire: inspirer
meat: viande
ministry: ministère
mode: mode
neck: cou
novel: roman
shirt: chemise
slowly: lentement
stadium: stade
surgery: chirurgie
vision: vision
whenever: chaque fois
zero: zéro
champion: champion
cream: crème
crisis: crise
deliver: livrer délivrer
editor: éditeur
estimate: estimer
giant: géant
jail: prison
kingdom: royaume
literature: littérature
mayor: maire
minor: mineur
opposite: opposé
orange: orange
signal: signal
stream: flux
struggle: lutte
suicide: suicide
theme: thème
tiny: minuscule
typically: typiquement
unfortunately: malheureusement
wave: vague
alcohol: alcool
assembly: assemblée
breakfast: petit-déjeuner
bright: brillant
capable: capable
chosen: choisi
conservative: conservateur
desire: désir
destroy: détruire
draft: brouillon
drunk: ivre
essential: essentiel
familiar: familier
guilty: coupable
medium: moyen
recommend: recommander
relevant: pertinent
seek: chercher
spoke: parlé
ticket: billet
unable: incapable
upset: contrarié
wing: aile
bomb: bombe
creative: créatif
cycle: cycle
entertainment: divertissement
hang: pendre
info: information
maximum: maximum
newspaper: journal
painting: peinture
republic: république
reserve: réserve
row: rangée ligne
salt: sel
scare: effrayer
statistics: statistiques
switch: basculer
territory: territoire
threat: menace
appoint: nommer désigner
aside: côté
bell: cloche
blow: souffler
bond: obligation lien
boyfriend: copain
circumstance: circonstance
cry: pleurer
delivery: livraison délivrance
deserve: mériter
empty: vide
gender: sexe genre
instance: instance
motion: mouvement
prize: prix
register: registre inscrire enregistrer
resolution: résolution
rural: rural
sing: chanter
tool: outil
universe: univers
warning: avertissement
admit: admettre
attitude: attitude
branch: branche
conduct: conduite
decade: décennie
dedicate: consacrer
favor: faveur
flag: drapeau
frame: cadre
guest: invité
heaven: ciel
kiss: baiser
load: charger charge
plot: intrigue parcelle
random: aléatoire
recovery: recouvrement rétablissement
rent: loyer louer
replace: remplacer
represent: représenter
sentence: phrase peine
teeth: dents
tip: astuce
understood: compris
academic: académique
academy: académie
accurate: exact
achieve: réaliser
afford: permettre
assume: supposer
bottle: bouteille
bunch: tas
category: catégorie
chat: discussion
cheese: fromage
chemical: chimique
diet: régime
favourite: favori
fruit: fruit fruits
harder: plus dur
index: index
lane: voie
mess: désordre
navy: marine
occur: survenir
permanent: permanent
pleasure: plaisir
prefer: préférer
scheme: régime
shift: déplacer
stood: debout
storage: stockage
tank: réservoir
tend: tendre
tight: serré
ultimately: finalement
unlike: contrairement
yard: cour
anybody: quiconque
asset: actif bien
button: bouton
combat: combat
constitution: constitution
consumer: consommateur
counter: compteur
creation: création
crown: couronne
define: définir
depend: dépendre
depression: dépression
employment: emploi
exclusive: exclusif
excuse: excuse
expert: expert
frequently: fréquemment
grace: grâce
latter: dernier
manufacture: fabrication
object: objet
pattern: motif
personnel: personnel
perspective: perspective
pregnant: enceinte
promote: promouvoir
revolution: révolution
tournament: tournoi
victim: victime
attend: assister
ban: interdire bannir
brilliant: brillant
carbon: carbone
circle: cercle
concert: concert
crash: plantage accident
declare: déclarer
depth: profondeur
deputy: adjoint
dirty: sale
earn: gagner
electronic: électronique
error: erreur
factory: usine
interior: intérieur
joy: joie
legislation: législation
maintenance: entretien maintenance
manner: manière
mate: camarade
nearby: voisin proche
noise: bruit
panel: panneau
plate: assiette
relief: soulagement
resistance: résistance
retail: détail
rice: riz
roof: toit toiture
shame: honte
somewhat: quelque peu
stronger: plus fort
advertising: publicité
bathroom: salle de bain
cable: câble
calm: calme
client: client
constant: constant
dumb: bête
empire: empire
expansion: expansion
heavily: lourdement
hide: cacher masquer
incident: incident
print: imprimer
refuse: refuser
sight: vue
wet: mouillé
worldwide: mondial
anniversary: anniversaire
attractive: attrayant
bike: vélo
broad: large
burn: brûler
cake: gâteau
contest: concours contester
fee: frais honoraires
hat: chapeau
height: hauteur
hidden: caché
invite: inviter
loud: bruyant
marine: marin
motor: moteur
peak: pic
portion: portion part
pound: livre
princess: princesse
protein: protéine
raw: brut
reform: réforme
respond: répondre
retirement: retraite
sample: échantillon exemple
secondary: secondaire
solar: solaire
suffer: souffrir subir
unknown: inconnu
attach: attacher joindre
automatically: automatiquement
battery: batterie
blind: aveugle
breath: souffle
brief: bref
chest: poitrine coffre
debut: début
engage: engager
external: externe
fantasy: fantaisie
grab: saisir
introduction: introduction
license: licence permis
pilot: pilote
pink: rose
presidential: présidentiel
principal: principal
recognize: reconnaître
singer: chanteur
steam: vapeur
survive: survivre
tall: grand
theatre: théâtre
therapy: thérapie
witness: témoin
adopt: adopter
aim: viser
campus: campus
cap: plafond
childhood: enfance
clinical: clinique
comedy: comédie
comparison: comparaison
defeat: défaite
defence: défense
democracy: démocratie
entitle: habiliter
expose: exposer
injure: blesser
lock: verrou verrouiller
nose: nez
oppose: opposer
plastic: plastique
quote: citer citation
suspect: suspect
swear: jurer
technique: technique
tie: lier
trend: tendance
valuable: précieux
wealth: richesse
wise: sage
aspect: aspect
bread: pain
convention: convention
egg: oeuf
equivalent: équivalent
finger: doigt
gang: bande
graduate: diplômé

get: obtenir recevoir
now: maintenant
well: bien
way: façon manière moyen chemin
much: beaucoup
right: droit
still: encore toujours
never: jamais
best: meilleur
come: venir
always: toujours
better: meilleur mieux
found: trouvé
ever: jamais
left: gauche quitté
lot: lot
let: laisser permettre
thought: pensée pensé
women: femmes
told: dit
including: notamment compris
music: musique
seen: vu
men: hommes
national: national
took: pris
came: venu
went: allé
children: enfants
class: classe
series: série
saw: vu
taken: pris
goes: va
won: gagné
brought: apporté
worth: valeur
felt: senti
meant: signifié
status: statut état
greatest: plus grand
sexual: sexuel
drawn: tiré
driven: conduit
laid: posé
politician: politicien
anger: colère
architecture: architecture
reader: lecteur
satisfied: satisfait
slip: glisser
spare: rechange épargner
specialist: spécialiste
stranger: inconnu étranger
tap: robinet
tourism: tourisme
chaos: chaos
concentration: concentration
copper: cuivre
dawn: aube
dispute: litige différend contestation
gather: rassembler réunir
margin: marge
auction: enchères
ally: allié
transition: transition
revenge: vengeance
pump: pompe
without: sans
onto: sur
within: dans
toward: vers
someone: quelqu'un
something: quelque
inner: intérieur
lift: soulever lever
neighborhood: quartier voisinage
outstanding: exceptionnel impayé
permission: permission autorisation consentement
regulation: règlement réglementation
reply: réponse répondre
rid: débarrasser
scientist: scientifique
shoulder: épaule
shower: douche
son: fils
tower: tour
visual: visuel
wheel: roue
barely: guère
cabinet: cabinet armoire
celebrate: célébrer
chocolate: chocolat
coal: charbon
colour: couleur
contemporary: contemporain
extensive: étendu
formation: formation
fought: combattu
gallery: galerie
highway: autoroute
hunt: chasse chasser
inch: pouce
junior: cadet
jury: jury
monster: monstre
obtain: obtenir
philosophy: philosophie
pride: fierté
repeat: répéter
rough: rugueux approximatif
settlement: règlement liquidation
smell: odeur
sought: cherché
speaker: orateur
surround: entourer
tone: ton
topic: sujet
universal: universel
vast: vaste
visitor: visiteur
consistent: cohérent
grey: gris
guitar: guitare
ignore: ignorer
meal: repas
necessarily: nécessairement
pants: pantalon
partnership: partenariat société
percentage: pourcentage
pocket: poche
primarily: principalement
regardless: indépendamment
rescue: sauvetage
rush: précipiter
sharp: aigu
stable: stable
symptom: symptôme
temporary: temporaire provisoire
trick: astuce
audio: audio
bone: os
chamber: chambre
chart: graphique
circuit: circuit
complicated: compliqué
confused: confus
consequence: conséquence
defend: défendre
divide: diviser partager
everyday: quotidien
extent: étendue mesure
gap: écart
gate: portail
harm: préjudice dommage nuire
healthcare: santé
household: ménage foyer
immigration: immigration
impressive: impressionnant
killer: tueur
lesson: leçon
membership: adhésion
mirror: miroir
mount: monter
province: province
recognition: reconnaissance
reputation: réputation
tear: larme déchirer
thin: mince
accuse: accuser
adventure: aventure
argue: soutenir
assessment: évaluation
atmosphere: atmosphère
awful: affreux
bedroom: chambre
belief: croyance
bound: lié tenu
cloud: nuage
contrast: contraste
elsewhere: ailleurs
founder: fondateur
gear: équipement
infrastructure: infrastructure
loose: lâche
moral: moral
offensive: offensant
package: paquet colis
poverty: pauvreté
qualify: qualifier
railway: chemin de fer
ridiculous: ridicule
sensitive: sensible
server: serveur
shock: choc
silence: silence
superior: supérieur
thick: épais
threw: jeté
violent: violent
voter: électeur
wash: laver
acid: acide
actress: actrice
alongside: à côté
anxiety: anxiété
bonus: prime
castle: château
charity: charité
curious: curieux
discovery: découverte
encourage: encourager
enforcement: exécution application
flash: éclair
formal: formel
formula: formule
gray: gris
gross: brut
hungry: affamé
innocent: innocent
math: mathématiques
mystery: mystère
palace: palais
penalty: pénalité peine sanction
pet: animal
photography: photographie
protest: manifestation protester
silent: silencieux
spoken: parlé
temple: temple
trail: sentier
uncle: oncle
unusual: inhabituel
assault: agression
bath: bain
capture: capturer
chase: poursuivre
component: composant
concrete: béton concret
deeply: profondément
explanation: explication
exposure: exposition
fiction: fiction
guarantee: garantie garantir
horrible: horrible
ideal: idéal
legend: légende
mini: mini
mood: humeur
muscle: muscle
passion: passion
procedure: procédure
rank: rang
sand: sable
settle: régler
shadow: ombre
tag: étiquette
tape: ruban
thread: fil
wage: salaire
avenue: avenue
boring: ennuyeux
clock: horloge
commissioner: commissaire
deny: refuser nier
desk: bureau
ear: oreille
farmer: agriculteur fermier
gym: gymnase
horror: horreur
label: étiquette
naked: nu
output: sortie
pitch: terrain
plain: simple
rear: arrière
romantic: romantique
strategic: stratégique
swim: nager
welfare: bien-être aide
wire: fil
afterwards: ensuite
behalf: nom
belt: ceinture
ceremony: cérémonie
comic: comique
diamond: diamant
disappoint: décevoir
efficient: efficace
ghost: fantôme
kit: trousse
lab: laboratoire
nervous: nerveux
newly: nouvellement
odd: étrange impair
ordinary: ordinaire
participate: participer
prayer: prière
principle: principe
soil: sol
solve: résoudre
stomach: estomac
struck: frappé
trash: poubelle déchets
ugly: laid
virus: virus
whoever: quiconque
boost: augmenter
bureau: bureau
colonel: colonel
cousin: cousin
crack: fissure
deck: pont
dragon: dragon
dramatic: dramatique
dust: poussière
evolution: évolution
hire: embaucher engager
knife: couteau
lowest: plus bas
mum: maman
priority: priorité
rail: rail
remote: distant
repair: réparer réparation
root: racine
saint: saint
steal: voler
stolen: volé
telephone: téléphone
abandon: abandonner
acquire: acquérir
alliance: alliance
annoying: ennuyeux
bid: offre enchère
bury: enterrer
butter: beurre
conclusion: conclusion
congratulations: félicitations
convince: convaincre
crystal: cristal
decent: correct
decline: déclin refuser
delay: délai retard
desert: désert
downtown: centre-ville
elite: élite
forgotten: oublié
install: installer
layer: couche
nurse: infirmière
organic: organique
ownership: propriété
poetry: poésie
pot: pot
pray: prier
recall: rappeler
sake: égard
sheet: feuille
smooth: lisse
spiritual: spirituel
string: chaîne
thrown: jeté
vacation: vacances
abroad: étranger
assign: attribuer assigner
bench: banc
bother: déranger
broadcast: diffuser
compete: concurrencer rivaliser
contribute: contribuer
disaster: catastrophe
entrance: entrée
fallen: tombé
friendship: amitié
intense: intense
lifetime: vie
liquid: liquide
medal: médaille
mortgage: hypothèque
narrative: récit
narrow: étroit
observe: observer
occasionally: parfois
pan: poêle
reduction: réduction
reflect: refléter
shell: coquille
silly: idiot
subsequent: ultérieur
translation: traduction
visible: visible
amendment: amendement
angle: angle
belong: appartenir
bishop: évêque
enterprise: entreprise
forum: forum
grass: herbe
hence: donc
journalist: journaliste
mill: moulin
occasion: occasion
pace: rythme
passenger: passager
pen: stylo
possession: possession
rapid: rapide
sixth: sixième
spin: tourner
suitable: approprié
thirty: trente
valid: valide valable
vital: vital
agriculture: agriculture
allege: alléguer
commerce: commerce
creek: ruisseau
currency: monnaie devise
exhibition: exposition
fraud: fraude
funeral: funérailles obsèques
genuine: authentique
honey: miel
honour: honneur
hook: crochet
hunter: chasseur
instruction: instruction
legacy: héritage legs
log: journal
merely: simplement
monitor: surveiller
ratio: ratio
regret: regret
reject: rejeter
remind: rappeler
resort: recours
reverse: inverse
routine: routine
scary: effrayant
seed: graine semence
sin: péché
spell: orthographier
summary: résumé
sword: épée
tongue: langue
ward: pupille
asleep: endormi
begun: commencé
behaviour: comportement
coat: manteau
comprehensive: complet
consent: consentement
destruction: destruction
divorce: divorce
drove: conduit
extraordinary: extraordinaire
fate: destin
frequency: fréquence
gene: gène
glory: gloire
headquarters: siège
heritage: patrimoine héritage
juice: jus
landscape: paysage
logic: logique
organisation: organisation
privacy: confidentialité vie privée
salary: salaire
script: script
strip: bande
threaten: menacer
tube: tube
ambassador: ambassadeur
breast: sein
chemistry: chimie
conclude: conclure
consumption: consommation
corruption: corruption
cotton: coton
discount: remise
dozen: douzaine
exit: sortie
expand: étendre
fancy: chic
grateful: reconnaissant
indicate: indiquer
input: entrée
knock: frapper
leather: cuir
lip: lèvre
luxury: luxe
lyric: paroles
ought: devoir
outcome: résultat
poll: sondage
scream: crier
sequence: séquence suite
stretch: étirer
tennis: tennis
terrorist: terroriste
theater: théâtre
twelve: douze
virgin: vierge
wolf: loup
absence: absence
ate: mangé
athlete: athlète
bull: taureau
delicious: délicieux
ease: facilité
fame: célébrité
flood: inondation
genetic: génétique
instant: instant
investor: investisseur
liberty: liberté
photograph: photographie
punishment: punition peine
rally: rassemblement
representation: représentation
sum: somme
swing: balançoire
tail: queue
twin: jumeau
upcoming: prochain
veteran: ancien combattant
alert: alerte
arena: arène
boom: essor
boot: botte
brave: courageux
column: colonne
compensation: indemnité indemnisation compensation
composition: composition
density: densité
difficulty: difficulté
elementary: élémentaire
ethnic: ethnique
fleet: flotte
foster: accueil
fundamental: fondamental
genius: génie
guidance: conseil
infection: infection
intention: intention
knee: genou
mechanical: mécanique
precious: précieux
pregnancy: grossesse
premium: prime
pretend: prétendre
priest: prêtre
prominent: éminent
proven: prouvé
radical: radical
residential: résidentiel
reward: récompense
satellite: satellite
shake: secouer
shore: rivage
substantial: substantiel
teen: adolescent
transmission: transmission
trap: piège
uniform: uniforme
wildlife: faune
wooden: bois
ad: publicité
aggressive: agressif
bang: coup
blast: explosion
communist: communiste
complaint: plainte
courage: courage
cure: guérir
desperate: désespéré
diversity: diversité
faculty: faculté
feedback: retour
fighter: combattant
frozen: gelé
innovation: innovation
instrument: instrument
jacket: veste
manual: manuel
occupy: occuper
ongoing: en cours
punch: coup de poing
purple: violet
railroad: chemin de fer
registration: inscription enregistrement
romance: romance
submit: soumettre
sufficient: suffisant
suspend: suspendre
tissue: tissu
trailer: remorque
underground: souterrain
versus: contre
virtual: virtuel
wound: blessure
amongst: parmi
arrange: arranger
biological: biologique
bite: morsure mordre
chip: puce
dare: oser
database: base de données
discrimination: discrimination
disorder: trouble
documentary: documentaire
domain: domaine
dynamic: dynamique
explore: explorer
favour: faveur
fewer: moins
footage: images
grave: tombe grave
implementation: implémentation mise en oeuvre
jazz: jazz
laboratory: laboratoire
literary: littéraire
mask: masque
midnight: minuit
mouse: souris
piano: piano
praise: éloge
psychology: psychologie
restriction: restriction
rocket: fusée
ruin: ruine
slave: esclave
stability: stabilité
steady: stable
symbol: symbole
terminal: terminal
toilet: toilettes
treaty: traité
agenda: programme
bat: chauve-souris
bow: arc
calendar: calendrier
cooperation: coopération
craft: artisanat
deeper: plus profond
devil: diable
enable: activer permettre
equity: équité capitaux
fortune: fortune
hardware: matériel
intellectual: intellectuel
nut: noix
petition: pétition requête
phrase: phrase expression
racial: racial
regime: régime
sauce: sauce
seal: sceau sceller
shield: bouclier
slide: glisser diapositive
stem: tige
summit: sommet
throat: gorge
tiger: tigre
toy: jouet
warrior: guerrier
wisdom: sagesse
alien: étranger
awkward: gênant
beast: bête
beef: boeuf
candy: bonbon
carrier: transporteur
certificate: certificat acte
cite: citer
clay: argile
colleague: collègue
default: défaut
derive: dériver
dialogue: dialogue
disable: désactiver
distinct: distinct
drag: glisser
eligible: éligible
fifty: cinquante
fool: idiot
framework: cadre
franchise: franchise
furniture: meubles
integrate: intégrer
interaction: interaction
jet: jet
lifestyle: mode de vie
loop: boucle
mall: centre commercial
overseas: outre-mer
recover: récupérer recouvrer
relax: détendre
reliable: fiable
rely: compter
remarkable: remarquable
sacrifice: sacrifice
sole: seul unique
succeed: réussir succéder
tale: conte
volunteer: bénévole volontaire
wore: porté
worship: culte
worthy: digne
alarm: alarme
characteristic: caractéristique
collaboration: collaboration
consideration: considération
crucial: crucial
dual: double
experimental: expérimental
filter: filtre filtrer
galaxy: galaxie
globe: globe
highlight: souligner
judgment: jugement
knight: chevalier
logo: logo
mature: mûr
moderate: modéré
opera: opéra
overcome: surmonter
parallel: parallèle
passage: passage
pit: fosse
quest: quête
radiation: rayonnement
stroke: accident
stunning: superbe
tune: air
utility: utilité
vessel: navire
wherever: partout où
acquisition: acquisition
autumn: automne
bold: audacieux gras
classify: classer
clip: extrait
coin: pièce
conspiracy: complot
controversy: controverse
disappear: disparaître
encounter: rencontre
exam: examen
examination: examen
fiscal: fiscal
guardian: tuteur gardien
homeless: sans-abri
intervention: intervention
lover: amant
mainstream: courant
menu: menu
mutual: mutuel réciproque
oral: oral
panic: panique
pursue: poursuivre
realise: réaliser
refugee: réfugié
scope: portée
segment: segment
spectrum: spectre
terror: terreur
venture: entreprise
worn: usé
accompany: accompagner
boundary: limite bornage
brick: brique
emperor: empereur
enormous: énorme
forgive: pardonner
garage: garage
guideline: directive
inquiry: enquête
inspector: inspecteur
lion: lion
lonely: seul
mercy: pitié
nevertheless: néanmoins
outer: extérieur
oxygen: oxygène
pipe: tuyau
poem: poème
powder: poudre
racism: racisme
rude: grossier
screw: vis
seventh: septième
shelter: abri
signature: signature
sooner: plus tôt
spider: araignée
tribute: hommage
trigger: déclencheur déclencher
vary: varier
venue: lieu
abortion: avortement
accuracy: exactitude
artificial: artificiel
beneath: sous
bullet: balle
copyright: droit d'auteur
deposit: dépôt
destination: destination
dirt: saleté
divine: divin
export: exporter
fastest: plus rapide
grandfather: grand-père
habit: habitude
isolate: isoler
jealous: jaloux
lazy: paresseux
modify: modifier
municipal: municipal
naval: naval
neighbor: voisin
neutral: neutre
noble: noble
oldest: aîné
robot: robot
sacred: sacré
spy: espion
suspension: suspension
toxic: toxique
treasury: trésor
tunnel: tunnel
upgrade: mise à niveau
warrant: mandat
wider: plus large
blessed: béni
brush: brosse
burden: charge fardeau
casual: décontracté
certify: certifier
charter: charte
chef: chef
civilian: civil
coalition: coalition
complain: plaindre
discipline: discipline
disgusting: dégoûtant
dominant: dominant
essay: essai
furthermore: en outre
graphic: graphique
heal: guérir
invasion: invasion
laptop: portable
legendary: légendaire
maker: fabricant
opponent: adversaire
outdoor: plein air
palm: palmier
pole: poteau
pub: bar
reception: réception
recipe: recette
regulatory: réglementaire
rubber: caoutchouc
serial: série
shed: abri
snake: serpent
sponsor: parrainer
strict: strict
substance: substance
syndrome: syndrome
unexpected: inattendu
usage: usage utilisation
accidentally: accidentellement
amateur: amateur
briefly: brièvement
canal: canal
cancel: annuler
cheaper: moins cher
climb: grimper
cruise: croisière
custody: garde
delete: supprimer effacer
demonstrate: démontrer
departure: départ
dig: creuser
explosion: explosion
fever: fièvre
fluid: fluide
handsome: beau
interpretation: interprétation
leaf: feuille
legitimate: légitime
lightning: foudre
longest: plus long
motivation: motivation
nasty: méchant
outfit: tenue
pension: pension retraite
permit: permis permettre
pleasant: agréable
portrait: portrait
shorter: plus court
socialist: socialiste
sue: poursuivre
tension: tension
transaction: transaction
twist: tordre
unemployment: chômage
unity: unité
useless: inutile
viewer: spectateur
inherit: hériter succéder
inheritance: héritage succession
heir: héritier
heiress: héritière
deceased: défunt décédé
probate: succession
testament: testament
lease: bail
landlord: bailleur propriétaire
tenant: locataire preneur
tenancy: bail location
rental: location loyer
premises: locaux lieux
eviction: expulsion
alimony: pension prestation compensatoire
neighbour: voisin
hedge: haie
breach: inexécution violation manquement
liability: responsabilité
liable: responsable tenu
negligence: négligence imprudence
negligent: négligent
tort: délit responsabilité
debtor: débiteur
creditor: créancier
lender: prêteur
borrower: emprunteur
repay: rembourser
repayment: remboursement
buyer: acheteur acquéreur
seller: vendeur
vendor: vendeur
defect: vice défaut
defective: défectueux
warranty: garantie
spouse: époux conjoint
marital: conjugal matrimonial
widow: veuve
widower: veuf
orphan: orphelin
sibling: frère soeur
grandchild: petit-enfant
grandchildren: petits-enfants
nephew: neveu
niece: nièce
descendant: descendant
ancestor: ascendant aïeul
kinship: parenté
paternity: paternité
maternity: maternité
fiance: fiancé
citizenship: nationalité
void: nul nullité
notary: notaire
lawsuit: action procès
bailiff: huissier
statute: loi
limitation: prescription
expire: expirer
expiry: expiration
terminate: résilier
termination: résiliation
revoke: révoquer
forbid: interdire défendre
prohibit: interdire prohiber
lawful: licite légal
unlawful: illicite
rightful: légitime
authorize: autoriser
authorization: autorisation
partition: partage
undivided: indivis
trustee: fiduciaire
theft: vol
thief: voleur
bicycle: vélo bicyclette
treasure: trésor
incapable: incapable
fence: clôture barrière
contractor: entrepreneur
withdraw: retirer rétracter
withdrawal: retrait rétractation
pledge: gage nantissement
refund: rembourser remboursement restituer
lend: prêter
livestock: bétail cheptel
neglect: négliger négligence
deed: acte
renovation: rénovation travaux
bankrupt: faillite insolvable
bankruptcy: faillite insolvabilité
forged: faux falsifié
forgery: faux
collateral: garantie sûreté
kin: parents famille
unmarried: célibataire concubin
handwritten: olographe manuscrit
stepfather: beau-père
stepmother: belle-mère
dowry: dot
trespass: intrusion
duress: violence contrainte
registry: registre
lien: privilège hypothèque
sewage: égout
illegitimate: naturel illégitime
grandparents: ascendant aïeul
grandmother: ascendant aïeule
grandson: descendant fils
granddaughter: descendant fille
aunt: tante
underage: mineur
teenager: adolescent mineur
newborn: enfant
surname: nom patronyme
passport: passeport
faulty: défectueux défaut
luggage: bagages effets
null: nul nullité
deceive: tromper
forbidden: interdit défendu prohibé
organ: organe
kidney: rein organe
donate: donner
donation: don donation
donor: donneur donateur
cheque: chèque
dismiss: licencier renvoyer rejeter
roommate: colocataire
homeowner: propriétaire
registrar: officier greffier
bride: mariée épouse
groom: marié époux
adultery: adultère
unfaithful: infidèle
infidelity: infidélité adultère
estranged: séparé
emancipation: émancipation
sane: sain
insane: aliéné démence
tutor: tuteur
executor: exécuteur
beneficiary: bénéficiaire légataire
heirloom: souvenir
shareholder: actionnaire associé
owe: dette redevable débiteur
offence: infraction délit
reimburse: rembourser
reimbursement: remboursement
plaintiff: demandeur
testify: témoigner
oath: serment
slander: diffamation calomnie
libel: diffamation
defamation: diffamation
insult: injure insulte
likeness: image ressemblance
dignity: dignité
corpse: cadavre corps
burial: inhumation sépulture
autopsy: autopsie
embryo: embryon
fetus: foetus
sperm: sperme
sterile: stérile
born: né naître
contract: contracter
annuity: rente viagère
arbitration: arbitrage compromis
arbitrator: arbitre
architect: architecte
baggage: bagages effets
barter: échange troc
bribe: corrompre pot-de-vin
builder: entrepreneur constructeur
cheat: tromper tricher
collapse: écrouler effondrer ruine
damp: humide humidité
dementia: démence
demolish: démolir
dna: adn génétique
gamble: jouer pari
gambling: jeu pari
gutter: gouttière égout
invalid: nul invalide
ivf: procréation assistée
lottery: loterie loto
mould: moisissure
mold: moisissure
pawn: gage
presumption: présomption
proxy: procuration mandataire
rainwater: eaux pluviales
receipt: quittance reçu
recipient: bénéficiaire destinataire
renounce: renoncer
scam: arnaque escroquerie
seize: saisir
seizure: saisie
senile: sénile
squat: squatter occuper
surrogate: porteuse
swap: échanger
unworthy: indigne
vow: promesse serment
waive: renoncer
ceo: pdg directeur
cfo: directeur financier
cto: directeur technique
coo: directeur
because: car
after: après
before: avant
through: par
while: pendant
around: vers
between: entre
since: depuis
under: sous
during: pendant
against: contre
until: jusqu
though: mais
either: ou
therefore: donc
till: jusqu
whilst: pendant
itself: même
myself: même
yourself: même
himself: même
themselves: même
ourselves: même
must: devoir dois doit doivent devez devons
should: devrais devrait devriez devraient
would: voudrais voudrait voudriez
could: pourrais pourrait pourriez pourraient
"""


# The vocabulary of software and chat platforms, as French speakers say it: words the general
# list above leaves out (or gives another sense) because they are frequent only in this field.
# General knowledge of the field, not of any corpus: a server is a "guild" in Discord's API and
# its docs, a direct message a "DM", French says "serveur" and "message privé" / "MP". Read as
# the list above (both ways, by stems); a multi-word French term maps each of its words, so
# "message privé" finds "DM" through "privé". Then the verbs and nouns of writing and running a
# program, and of a chat application's screens, that French says in words of its own
# ("personnaliser", "renommer", "écouteur", "horodatage", "passerelle", "planter").
COMPUTING_EN_FR = """
guild: serveur
id: identifiant
identifier: identifiant
fetch: récupérer
retrieve: récupérer
get: récupérer
dm: mp privé
restrict: limiter restreindre
token: jeton
restart: redémarrer relancer
reload: recharger
unload: décharger
upload: téléverser
folder: dossier répertoire
directory: répertoire dossier
attachment: jointe
exception: exception
dropdown: déroulant
nickname: pseudo surnom
settings: paramètres réglages
setting: paramètre réglage
parameter: paramètre
attribute: attribut
integer: entier
dictionary: dictionnaire
interval: intervalle
timezone: fuseau
edit: modifier éditer
pin: épingler
react: réagir
mute: muet
prefix: préfixe
cooldown: délai
developer: développeur
portal: portail
intent: intention
privileged: privilégié
avatar: avatar
connect: connecter
disconnect: déconnecter
login: connexion connecter
logging: journalisation
handler: gestionnaire
converter: convertisseur
autocomplete: autocomplétion
syntax: syntaxe
sync: synchroniser
shard: fragment
webhook: webhook
embed: intégré
bot: bot
invite: invitation
mention: mention
schedule: programmer
voice: vocal
custom: personnalisé
customize: personnaliser
customise: personnaliser
customization: personnalisation
rename: renommer
debug: déboguer débogage
debugger: débogueur
return: renvoyer retourner
async: asynchrone
asynchronous: asynchrone
listener: écouteur
modal: modale
kick: expulser exclure
timer: minuteur
timestamp: horodatage
gateway: passerelle
dependency: dépendance
tutorial: tutoriel
boolean: booléen
optional: optionnel facultatif
required: obligatoire requis
mandatory: obligatoire
reconnect: reconnecter
freeze: figer geler
stuck: bloqué coincé
access: accéder
hover: survoler
scroll: défiler
deploy: déployer
authenticate: authentifier
automate: automatiser
iterate: itérer parcourir
browse: parcourir
unlock: déverrouiller
purge: purger
notify: notifier
subscribe: abonner
subscription: abonnement
crash: planter
sticker: autocollant
admin: administrateur
callback: rappel
decorator: décorateur
cache: cache
query: requête
array: tableau
console: console terminal
prompt: invite
timeout: délai
setup: configuration installation
offline: déconnecté
"""


# Words English writes with a capital that are no names: nationalities and the languages named
# after them, religions, days and months (French writes them in small letters: "un enfant
# français", "lundi"). "Is a child French if…" asks of "français" as "Is a child old…" asks of
# "âgé"; a name ("France", "Paris") is the same in both languages and stays one. Read as the
# lists above; `bridge.capitalised_word` tells them from names. ("May" is left out: a modal.)
CAPITALISED_EN = """
french: français
english: anglais
british: britannique
american: américain
german: allemand
italian: italien
spanish: espagnol
portuguese: portugais
dutch: néerlandais hollandais
belgian: belge
swiss: suisse
irish: irlandais
scottish: écossais
welsh: gallois
canadian: canadien
mexican: mexicain
brazilian: brésilien
australian: australien
chinese: chinois
japanese: japonais
korean: coréen
indian: indien
russian: russe
polish: polonais
greek: grec
turkish: turc
arab: arabe
arabic: arabe
african: africain
algerian: algérien
moroccan: marocain
tunisian: tunisien
christian: chrétien
catholic: catholique
protestant: protestant
muslim: musulman
jewish: juif
monday: lundi
tuesday: mardi
wednesday: mercredi
thursday: jeudi
friday: vendredi
saturday: samedi
sunday: dimanche
january: janvier
february: février
march: mars
april: avril
june: juin
july: juillet
august: août
september: septembre
october: octobre
november: novembre
december: décembre
"""

# English irregular verbs: their past and past participle, then the base form the table above
# lists. Snowball leaves "made" apart from "make", "saw" from "see", "thought" from "think", so
# without them a question in the past tense ("What did Tyler Perry say when he saw…", "videos
# made by…") loses its verb. The common irregular verbs of any English grammar, whichever of
# them the table translates (`bridge.py` skips a base it does not hold); forms that are words of
# their own with another sense are kept when the verb's is the commoner ("left", "found"),
# and left out when it is not ("lay", "lain": "lay" is a verb of its own).
IRREGULAR_EN = """
arose arisen: arise
was were been: be
bore borne born: bear
beaten: beat
became: become
began begun: begin
bent: bend
bit bitten: bite
bled: bleed
blew blown: blow
broke broken: break
brought: bring
built: build
burnt: burn
bought: buy
caught: catch
chose chosen: choose
came: come
crept: creep
dealt: deal
dug: dig
did done: do
drew drawn: draw
dreamt: dream
drank drunk: drink
drove driven: drive
ate eaten: eat
fell fallen: fall
fed: feed
felt: feel
fought: fight
found: find
fled: flee
flew flown: fly
forbade forbidden: forbid
forgot forgotten: forget
forgave forgiven: forgive
froze frozen: freeze
got gotten: get
gave given: give
went gone: go
grew grown: grow
hung: hang
had: have
heard: hear
hid hidden: hide
held: hold
kept: keep
knew known: know
laid: lay
led: lead
leapt: leap
learnt: learn
left: leave
lent: lend
lit: light
lost: lose
made: make
meant: mean
met: meet
mistook mistaken: mistake
overcame: overcome
paid: pay
rode ridden: ride
rang rung: ring
rose risen: rise
ran: run
said: say
saw seen: see
sought: seek
sold: sell
sent: send
shook shaken: shake
shone: shine
shot: shoot
showed shown: show
sang sung: sing
sank sunk: sink
sat: sit
slept: sleep
slid: slide
spoke spoken: speak
spent: spend
spun: spin
sprang sprung: spring
stood: stand
stole stolen: steal
stuck: stick
stung: sting
struck stricken: strike
swore sworn: swear
swept: sweep
swam swum: swim
swung: swing
took taken: take
taught: teach
tore torn: tear
told: tell
thought: think
threw thrown: throw
understood: understand
undertook undertaken: undertake
woke woken: wake
wore worn: wear
won: win
withdrew withdrawn: withdraw
wrote written: write
"""


# Names in initials that English and French write with their letters in another order, as each
# puts the adjective on its own side of the noun ("artificial intelligence", "intelligence
# artificielle"): the same thing, not a name of one language, read as the titles above ("CEO:
# PDG"). A question in capitals asks "AI" of documents that say "IA".
INITIALS_EN_FR = """
ai: ia
eu: ue
un: onu
dna: adn
nato: otan
vat: tva
gdp: pib
"""


# The words of news about film, media and technology companies that the frequency list lacks
# (its 5,000 commonest forms hold "studio", "actor", "deal", "lawsuit", not "filmmaker" or
# "spokesperson"), as any newspaper writes them in both languages: the trades of film and
# animation, how companies announce and are opposed, and the harms news of the field speaks of.
# "talks" is the negotiation ("discussions"), beside the verb's "parler". General vocabulary of
# the field, no word of one corpus; read as the lists above.
NEWS_EN_FR = """
talk: discussion
filmmaker: cinéaste réalisateur
moviemaker: cinéaste réalisateur
screenwriter: scénariste
scriptwriter: scénariste
screenplay: scénario
producer: producteur
creator: créateur
animator: animateur
illustrator: illustrateur
extras: figurants
blockbuster: superproduction
cinema: cinéma
union: syndicat
startup: start-up
spokesperson: porte-parole
spokesman: porte-parole
layoff: licenciement
regulator: régulateur
valuation: valorisation
unveil: dévoiler
rollout: déploiement
showcase: vitrine
backlash: contestation
outcry: tollé
hacker: pirate
misinformation: désinformation
disinformation: désinformation
watermark: filigrane
"""
