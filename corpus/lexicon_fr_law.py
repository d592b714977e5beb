"""Everyday French words and the terms French law writes for them: the data of `glossary.py`.

Written from the table of contents of the Code civil, every book and title of it (persons and
family, property and neighbours, inheritance and gifts, contracts and their proof, liability,
marriage property, sale, lease and work, companies, loans, deposits, gambling and annuities,
agency, settlements, time limits and possession, guarantees and mortgages): for each subject,
the words ordinary people use for it and the terms the law writes. Not from any question.
General French legal vocabulary: a lease or a will is said with these words in any French text
of law, so no word of one corpus.

One line a subject: everyday words (each a head, a verb as an infinitive, a noun in the
singular), a colon, then the law's terms for them (each word on its own; function words are no
match). `#` starts a comment. The terms count as a share of the question's word
(`RankingParams.glossary_weight`), not as the word itself, and only for a word the documents
never write: a head the documents write ("héritage", "mort", "voisin" in the Code civil) is
read as theirs, and its line serves other French texts.
"""

EVERYDAY_FR_LAW = """
# Titre préliminaire: the laws, their publication and effect
règle règlement: loi
rétroactif rétroactivement: passé rétroactif

# Livre Ier, Titre Ier: civil rights, the body, private life, genetics
intimité privé: vie privée
rein organe sang greffe: corps élément produits prélèvement
cadavre dépouille: corps décédée restes
cendres incinération crémation: restes cendres crémation
adn: génétiques empreintes identification
innocent innocence: présomption innocence
porteuse: gestation procréation autrui
clonage cloner: génétiquement identique eugénique
discriminer discrimination: caractéristiques génétiques
soins opération chirurgie médical médicale: thérapeutique médicale intégrité
euthanasie: corps dignité
photo photos photographie paparazzi: vie privée intimité
hôpital hosto clinique hospitalisé: établissement soins santé
# Titre Ier bis: nationality
citoyenneté citoyen passeport naturaliser naturalisé: nationalité français naturalisation
immigré étranger: étranger nationalité
# Titre II: civil status
mairie maire: officier état civil
bébé nourrisson nouveau-né accoucher accouchement: naissance enfant
né naître: naissance
papiers certificat extrait: acte état civil
prénom prénoms: prénom prénoms
transgenre trans: sexe mention
enterrement enterrer obsèques: inhumation décès funérailles
mort mourir décéder meurt mort décès: décès décédé défunt mort
enceinte grossesse: conçu enfant accouchement
fœtus foetus: enfant conçu
anonyme anonymat: secret identité accouchement
# Titre III: domicile
adresse habiter vivre: domicile résidence demeure
déménager déménagement: domicile changement résidence
emménager: domicile résidence
# Titre IV: absence
disparu disparaître disparition introuvable: absence absent disparition présumé
# Titre V: marriage
marier épouser noces: mariage époux
mari: époux conjoint mari
femme épouse: épouse époux conjoint
fiancé fiancée fiançailles: promesse mariage
cérémonie: célébration mariage
bigamie polygamie remarier: second mariage dissolution
tromper tromperie infidèle adultère cocu: fidélité devoir
nourrir alimentaire pension: aliments entretien
couple conjugal: époux conjoints ménage
courses ménager: ménage entretien dettes solidairement
homosexuel homosexuelle gay lesbienne: personnes même sexe
pacser pacsé pacsée pacsés: pacte civil solidarité partenaires
vieux vieille vieillard vieillesse: âgé ascendants
pauvre pauvres pauvreté démuni démunis fauché fauchés: besoin aliments ressources
daron daronne darons: père mère parents
belle-famille beaux-parents: alliés alliance
bru: belle-fille
beau-frère belle-soeur: alliés alliance
alliance bague: mariage
# Titre VI: divorce and separation
divorcer séparer rupture: divorce séparation corps
ex ex-mari ex-femme: époux divorcé ancien
prestation compensation: prestation compensatoire disparité
battre frapper violent: violences
garde: résidence autorité parentale
alternée: résidence alternée
séparés: séparation divorce
# Titre VII: parentage
papa père: père paternité
maman mère: mère maternité
paternité: paternité reconnaissance filiation
reconnaître: reconnaissance filiation
insémination: procréation médicalement assistée
bâtard: enfant mariage filiation
famille: famille nom
# Titre VIII: adoption
adopter adoption adoptif: adoption adoptant adopté
orphelin orpheline: pupille tutelle
beau-fils belle-fille: enfant conjoint
beau-père belle-mère: conjoint père mère
# Titre IX: parental authority
parents: père mère parents autorité parentale
élever éducation éduquer: éducation autorité parentale
fugue fuguer: quitter maison familiale
visite visiter: visite hébergement relations
grand-père grand-mère grands-parents papi mamie: ascendants relations personnelles
petit-fils petite-fille petits-enfants: descendants
juge: juge entendu
arrière-grand-père arrière-grand-mère: ascendants
demi-frère demi-soeur: frères soeurs consanguins utérins
frangin frangine frangins: frères soeurs
tonton tata tatie: oncle tante collatéraux
beauf: beau-frère alliés
# Titre X: minors, guardianship, emancipation
gosse enfant gamin ado adolescent jeune: mineur enfant
môme mioche marmot bambin: mineur enfant
émanciper émancipé: émancipation mineur
tuteur: tutelle tuteur
# Titre XI: majority and protected adults
adulte: majeur majorité
alzheimer sénile démence dément fou folie: altération facultés mentales
handicap handicapé: altération facultés corporelles
gérer: gestion administrer
protéger protection: protection tutelle curatelle sauvegarde
coma comateux: altération facultés
psychiatrie psychiatrique interné internement: altération facultés mentales établissement
sénilité gâteux trisomie trisomique autiste autisme: altération facultés mentales
# Titre XIII: civil partnership and cohabitation
concubin concubine compagnon compagne copain copine: concubinage partenaire
ensemble: commune concubinage

# Livre II: property
voiture véhicule bagnole vélo meuble meubles: meubles mobiliers
chien chat cheval vache animal bête bétail: animal animaux
terrain terre jardin champ: fonds terrain héritage immeuble
maison appartement appart logement: immeuble bâtiment logement
bien biens: biens
posséder propriétaire: propriété propriétaire
exproprier expropriation: expropriation utilité publique
construire construction bâtir: constructions ouvrages plantations
trésor trouver trouvé: trésor découvert invention
perdu perdre: perdue chose
rivière fleuve: eau cours rivière fleuve
garage cave grenier véranda piscine cabane: bâtiment construction
abri cabanon remise appentis: bâtiment construction
récupérer reprendre: revendiquer restitution restituer
portail: clôture
thuyas thuya arbuste arbustes: arbres plantations arbustes
cerisier pommier poirier sapin chêne noyer: arbres
cerises pommes poires noix: fruits
lapin lapins poule poules: animaux lapins
abeilles ruche ruches: ruches essaims abeilles
étang mare ruisseau: eaux étang
inondation inondé: eaux
# Titre III: usufruct, use, dwelling
usufruit: usufruit usufruitier nue-propriété
# Titre IV: easements, neighbours
voisin voisine voisins voisinage: fonds voisin mitoyen
mur: mur mitoyen mitoyenneté
clôture clôturer barrière grillage: clôture clore
haie: haie mitoyenne
arbre arbres branches racines: arbres plantations branches distance
fenêtre balcon: vue ouverture jour
passage chemin enclavé enclave: passage enclave servitude
pluie gouttière toit: eaux toits égout
eau source puits: eaux source puits
limite limites borne: bornage limites

# Livre III, Titre Ier: inheritance
héritage hériter héritier: succession succéder héritier
testament: testament legs dispositions
léguer legs: legs léguer testateur légataire
déshériter exhérédation: réserve héréditaire quotité disponible
part parts: réserve quotité part
veuf veuve: conjoint survivant
frère soeur frères soeurs: frères soeurs collatéraux
cousin oncle tante neveu nièce: collatéraux degré
refuser renoncer: renonciation renoncer
accepter: acceptation
tuer tué meurtre meurtrier assassiner assassin: mort indigne
partager partage: partage indivision
# Titre II: gifts and wills
donner donation cadeau don: donation donataire donateur
médecin docteur infirmier infirmière: médecins professions médicales
toubib: médecins professions médicales
soigner soin traitement: traité soins maladie
cancer maladie malade: maladie
curé prêtre pasteur: ministres culte
# Titre III: contracts and obligations
contrat accord: convention contrat
signer signature: signature signé acte
promettre promesse: promesse
arnaque arnaquer mentir mensonge escroquer escroquerie: dol manoeuvres erreur
forcer forcé menace menacer: violence contrainte
dette dettes: obligation dette créance
prêter prête prêt: prêt prêteur emprunteur
rembourser remboursement: restituer restitution rembourser
payer paiement: paiement payer
retard: demeure retard intérêts
pénalité amende: clause pénale
annuler annulation: nullité rescision résolution
rompre résilier résiliation: résolution résiliation
prouver preuve: preuve écrit témoins
papier écrit: acte écrit
oral oralement verbalement parole: verbalement écrit témoins
reconnaissance: reconnaissance acte seing
viré virer virement: payé paiement
erreur tort: indûment indu erreur
rendre: restituer restitution répétition
acompte: arrhes
compromis: promesse vente
devis: marché prix
facture: prix paiement
reçu: quittance
échéance mensualité mensualités: terme paiement
chantage: violence
pot-de-vin: cause illicite
# Titre IV: obligations without agreement, liability
responsable responsabilité: responsabilité responsable dommage faute
accident blesser blessé casser cassé abîmer: dommage causé
indemniser indemnisation dédommager dédommagement: réparer réparation dommages-intérêts
patron employeur: commettants maîtres
employé salarié: préposés domestiques
mordre morsure: animal dommage
écrouler effondrer: ruine bâtiment
feu incendie brûler: incendie
négligence: négligence imprudence
chute tomber tombé glisser: dommage
blessure blessures: dommage
prof professeur enseignant maîtresse: instituteurs
élève écolier: élèves
apprenti: apprentis
chantier ouvrier: ouvriers entrepreneur
tuile tuiles toiture: bâtiment ruine
# Titre IV bis: defective products
défectueux défaut: défaut défectueux
fabricant: producteur
# Titre V: marriage property
salaire: gains salaires revenus
commun communs: communauté
banque compte: dépôt compte
avis: consentement accord
# Titre VI: sale
acheter achat: vente achat acheteur acquéreur
vendre vente: vente vendeur
panne caché cachés: vices cachés garantie
livrer livraison: délivrance
garantie: garantie
brocante vide-grenier occasion: vente
enchères: adjudication enchères
rétractation: dédit
# Titre VII: exchange
troc troquer: échange
# Titre VIII: lease and work contracts
loyer louer location: bail louage loyer
locataire: preneur locataire
proprio bailleur: bailleur
moisissure moisissures humide insalubre chauffage: décent logement réparations
réparation réparer travaux: réparations
caution: dépôt garantie cautionnement
expulser expulsion: expulsion congé
préavis: congé
sous-louer sous-location: sous-louer céder bail
dégât dégâts: dégradations pertes
usure vétuste: vétusté
artisan maçon entreprise: entrepreneur ouvrage architecte
déménageur transporteur: voituriers transport
bagages valise: effets
fermier agriculteur: preneur fonds rural
chaudière plomberie fuite serrure: réparations entretien
vitre carreau carreaux: vitres réparations locatives
coloc colocataire colocation: preneurs
meublé: meublée garni
# Titre IX: companies
société boîte entreprise: société associés
actionnaire associé: associés parts
bénéfice bénéfices profit: bénéfices
dividende dividendes: bénéfices
start-up sarl: société
# Titre IX bis: undivided property
copropriété copropriétaire: indivision indivisaire
# Titre X: loans
emprunter emprunt crédit: prêt emprunteur
endetté endettement surendetté surendettement ruiné: dettes insolvabilité déconfiture
intérêt intérêts taux: intérêts usure
usurier: usure intérêts
# Titre XI: deposit
confier garder: dépôt dépositaire garde
hôtel hôtelier: aubergistes hôteliers
vol voler volé: vol volés
consigne vestiaire garde-meuble: dépôt dépositaire
# Titre XII: chance contracts
jeu parier pari casino loto: jeu pari
viager: rente viagère
assurance: assurance
poker tiercé pmu: jeu pari
# Titre XIII: agency
procuration représenter: mandat mandataire
immobilier agent: mandataire mandat
# Titre XV, XVI: settlements, arbitration
arrangement amiable: transaction
arbitre: arbitrage compromis
# Titre XX, XXI: prescription, possession
délai tard: prescription délai
squat squatter occuper occupation: possession possesseur
périmé périmée: prescription prescrite
# Livre IV: guarantees
garant: caution cautionnement
hypothéquer: hypothèque
gager: gage nantissement
saisir saisie: saisie créanciers
"""

# Expressions of several words (`glossary.Expressions`): one line a subject, its expressions
# separated by commas, a colon, the law's terms. Matched word for word in a row, a content word
# by its stem (so "petit enfant" and "petits-enfants" alike), a function word as written.
EXPRESSIONS_FR_LAW = """
union libre, vivre en couple: concubinage concubins
pension alimentaire: aliments contribution entretien
garde des enfants, garde de l'enfant, garde de mon enfant, garde de mes enfants: résidence autorité parentale
petits enfants, arrière petits enfants: descendants
mettre à la porte, mettre dehors, jeter dehors: expulsion congé
se porter garant, porter garant: caution cautionnement
chez le notaire, chez un notaire: authentique notaire
sans mon accord, sans son accord, sans mon avis, sans me demander, sans me le dire: consentement
par erreur: indûment indu répétition
maison de retraite: établissement hébergement
"""
