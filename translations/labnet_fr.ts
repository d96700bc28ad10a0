<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>There are no user accounts yet: LabNet records changes under the computer&apos;s login name and never asks who is working. To require everyone to sign in, create the first administrator with “Add user…” (or on the command line: labnet users add NAME --name &quot;Full name&quot; --role administrator). From the next start LabNet asks who is working.</source>
        <translation>Il n&apos;y a pas encore de comptes utilisateurs&#xa0;: LabNet enregistre les modifications sous le nom de session de l&apos;ordinateur et ne demande jamais qui travaille. Pour que chacun doive se connecter, créez le premier administrateur avec «&#xa0;Ajouter un utilisateur…&#xa0;» (ou en ligne de commande&#xa0;: labnet users add NOM --name &quot;Nom complet&quot; --role administrator). Dès le prochain démarrage, LabNet demande qui travaille.</translation>
    </message>
    <message>
        <source>Who may sign in, and in which role. A disabled account cannot sign in; what was recorded under it stays.</source>
        <translation>Qui peut se connecter, et avec quel rôle. Un compte désactivé ne peut pas se connecter&#xa0;; ce qui a été enregistré sous ce compte est conservé.</translation>
    </message>
    <message>
        <source>Create the first administrator…</source>
        <translation>Créer le premier administrateur…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Choose an account in the table.</source>
        <translation>Choisissez un compte dans le tableau.</translation>
    </message>
    <message>
        <source>Not your own account: another administrator can.</source>
        <translation>Pas sur votre propre compte&#xa0;: un autre administrateur peut le faire.</translation>
    </message>
    <message>
        <source>Only a signed-in account has a password.</source>
        <translation>Seul un compte connecté a un mot de passe.</translation>
    </message>
    <message>
        <source>The account was added.</source>
        <translation>Le compte a été ajouté.</translation>
    </message>
    <message>
        <source>The role of {user} was changed.</source>
        <translation>Le rôle de {user} a été modifié.</translation>
    </message>
    <message>
        <source>The password of {user} was set.</source>
        <translation>Le mot de passe de {user} a été défini.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>{user} may sign in again.</source>
        <translation>{user} peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>{user} can no longer sign in; what was recorded under the account stays.</source>
        <translation>{user} ne peut plus se connecter&#xa0;; ce qui a été enregistré sous ce compte est conservé.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>{activity} “{area}” of {person}, {date}</source>
        <translation>{activity} « {area} » de {person}, {date}</translation>
    </message>
    <message>
        <source>added {thing} {name}</source>
        <translation>a ajouté : {thing} {name}</translation>
    </message>
    <message>
        <source>changed {thing} {name} ({fields})</source>
        <translation>a modifié : {thing} {name} ({fields})</translation>
    </message>
    <message>
        <source>changed {thing} {name}</source>
        <translation>a modifié : {thing} {name}</translation>
    </message>
    <message>
        <source>deleted {thing} {name}</source>
        <translation>a supprimé : {thing} {name}</translation>
    </message>
    <message>
        <source>recorded a withdrawal of {quantity} {unit} from {name}</source>
        <translation>a consigné un prélèvement de {quantity} {unit} sur {name}</translation>
    </message>
    <message>
        <source>imported {n} {things}</source>
        <translation>a importé : {things} ({n})</translation>
    </message>
    <message>
        <source>added the account {user} ({role})</source>
        <translation>a ajouté le compte {user} ({role})</translation>
    </message>
    <message>
        <source>of {person} ({area})</source>
        <translation>de {person} ({area})</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The first account should be an administrator. From the next start, LabNet asks who is working, and every change is recorded under that person&apos;s name.</source>
        <translation>Le premier compte doit être celui d&apos;un administrateur. Dès le prochain démarrage, LabNet demande qui travaille, et chaque modification est enregistrée au nom de cette personne.</translation>
    </message>
</context>
<context>
    <name>BulletinActions</name>
    <message>
        <source>Nothing from the hub yet.</source>
        <translation>Rien du serveur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Double-click to compare the seizures in the Linkage view</source>
        <translation>Double-cliquez pour comparer les saisies dans la vue Rapprochement</translation>
    </message>
    <message>
        <source>Double-click to open the method in the Linkage view</source>
        <translation>Double-cliquez pour ouvrir la méthode dans la vue Rapprochement</translation>
    </message>
    <message>
        <source>{mine} and {theirs} of {lab} (score {score})</source>
        <translation>{mine} et {theirs} de {lab} (score {score})</translation>
    </message>
    <message>
        <source>{n} more links: see the Classes tab</source>
        <translation>{n} liens de plus&#xa0;: voir l&apos;onglet Classes</translation>
    </message>
</context>
<context>
    <name>CalibrationTab</name>
    <message>
        <source>The catalogue&apos;s profiles (groups = seizure)</source>
        <translation>Les profils du catalogue (groupes = saisie)</translation>
    </message>
    <message>
        <source>A file (CSV or Excel)</source>
        <translation>Un fichier (CSV ou Excel)</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>Type de drogue</translation>
    </message>
    <message>
        <source>profiles.xlsx</source>
        <translation>profils.xlsx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>id column</source>
        <translation>colonne d&apos;identifiant</translation>
    </message>
    <message>
        <source>group column (seizure or batch)</source>
        <translation>colonne de groupe (saisie ou lot)</translation>
    </message>
    <message>
        <source>Target false-positive rate</source>
        <translation>Taux de faux positifs visé</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Calibrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save as method…</source>
        <translation>Enregistrer comme méthode…</translation>
    </message>
    <message>
        <source>Calibration compares pairs of profiles from the same group (linked) with pairs from different groups (unlinked).</source>
        <translation>Le calibrage compare des paires de profils d&apos;un même groupe (liées) à des paires de groupes différents (non liées).</translation>
    </message>
    <message>
        <source>Pretreatment</source>
        <translation>Prétraitement</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <source>Target false-positive rate:</source>
        <translation>Taux de faux positifs visé&#xa0;:</translation>
    </message>
    <message>
        <source>{drug} ({count} profiles)</source>
        <translation>{drug} ({count} profils)</translation>
    </message>
    <message>
        <source>Labelled profiles</source>
        <translation>Profils étiquetés</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file and name its id and group columns.</source>
        <translation>Choisissez le fichier et indiquez ses colonnes d&apos;identifiant et de groupe.</translation>
    </message>
    <message>
        <source>The catalogue holds no profiling results to calibrate on.</source>
        <translation>Le catalogue ne contient aucun résultat de profilage sur lequel calibrer.</translation>
    </message>
    <message>
        <source>Calibrating…</source>
        <translation>Calibrage…</translation>
    </message>
    <message>
        <source>Calibration cancelled.</source>
        <translation>Calibrage annulé.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above, and calibrate again.</source>
        <translation>Choisissez l&apos;encodage du fichier dans la liste ci-dessus, puis calibrez de nouveau.</translation>
    </message>
    <message>
        <source>Calibration failed.</source>
        <translation>Échec du calibrage.</translation>
    </message>
    <message>
        <source> (a random sample)</source>
        <translation> (un échantillon aléatoire)</translation>
    </message>
    <message>
        <source>{profiles} profiles in {groups} groups from {source}: {linked} linked and {unlinked} unlinked pairs{sampled}. Best: {p} with {m}, AUC {auc:.4f}; at FPR ≤ {fpr:g} the threshold {t:.4g} finds {tpr:.1%} of linked pairs.</source>
        <translation>{profiles} profils en {groups} groupes ({source})&#xa0;: {linked} paires liées et {unlinked} paires non liées{sampled}. Meilleur choix&#xa0;: {p} avec {m}, AUC {auc:.4f}&#xa0;; pour un FPR ≤ {fpr:g}, le seuil {t:.4g} retrouve {tpr:.1%} des paires liées.</translation>
    </message>
    <message>
        <source>unlinked pairs</source>
        <translation>paires non liées</translation>
    </message>
    <message>
        <source>linked pairs</source>
        <translation>paires liées</translation>
    </message>
    <message>
        <source>threshold {t:.4g}</source>
        <translation>seuil {t:.4g}</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <source>{p} + {m}</source>
        <translation>{p} + {m}</translation>
    </message>
    <message>
        <source>False-positive rate (log scale)</source>
        <translation>Taux de faux positifs (échelle log)</translation>
    </message>
    <message>
        <source>ROC — AUC {auc:.4f}</source>
        <translation>ROC — AUC {auc:.4f}</translation>
    </message>
    <message>
        <source>Save as method</source>
        <translation>Enregistrer comme méthode</translation>
    </message>
    <message>
        <source>Name of the comparison method:</source>
        <translation>Nom de la méthode de comparaison&#xa0;:</translation>
    </message>
    <message>
        <source>Saved as comparison method “{label}”.</source>
        <translation>Enregistré comme méthode de comparaison «&#xa0;{label}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>…and {n} more</source>
        <translation>…et {n} autres</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Reference sample</source>
        <translation>Échantillon de référence</translation>
    </message>
    <message>
        <source>Reference samples</source>
        <translation>Échantillons de référence</translation>
    </message>
    <message>
        <source>Inventory code</source>
        <translation>Code d&apos;inventaire</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>CAS number</source>
        <translation>Numéro CAS</translation>
    </message>
    <message>
        <source>Salt/base form</source>
        <translation>Forme sel/base</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Hydrochloride</source>
        <translation>Chlorhydrate</translation>
    </message>
    <message>
        <source>Sulfate</source>
        <translation>Sulfate</translation>
    </message>
    <message>
        <source>Phosphate</source>
        <translation>Phosphate</translation>
    </message>
    <message>
        <source>Hydrobromide</source>
        <translation>Bromhydrate</translation>
    </message>
    <message>
        <source>Tartrate</source>
        <translation>Tartrate</translation>
    </message>
    <message>
        <source>Citrate</source>
        <translation>Citrate</translation>
    </message>
    <message>
        <source>Other salt</source>
        <translation>Autre sel</translation>
    </message>
    <message>
        <source>International control</source>
        <translation>Contrôle international</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule I</source>
        <translation>Convention de 1961, Tableau I</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule II</source>
        <translation>Convention de 1961, Tableau II</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule III</source>
        <translation>Convention de 1961, Tableau III</translation>
    </message>
    <message>
        <source>1961 Convention, Schedule IV</source>
        <translation>Convention de 1961, Tableau IV</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule I</source>
        <translation>Convention de 1971, Tableau I</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule II</source>
        <translation>Convention de 1971, Tableau II</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule III</source>
        <translation>Convention de 1971, Tableau III</translation>
    </message>
    <message>
        <source>1971 Convention, Schedule IV</source>
        <translation>Convention de 1971, Tableau IV</translation>
    </message>
    <message>
        <source>1988 Convention, Table I</source>
        <translation>Convention de 1988, Tableau I</translation>
    </message>
    <message>
        <source>1988 Convention, Table II</source>
        <translation>Convention de 1988, Tableau II</translation>
    </message>
    <message>
        <source>Not under international control</source>
        <translation>Non placé sous contrôle international</translation>
    </message>
    <message>
        <source>Supplier/provider</source>
        <translation>Fournisseur/prestataire</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Certified purity</source>
        <translation>Pureté certifiée</translation>
    </message>
    <message>
        <source>Purity uncertainty (±)</source>
        <translation>Incertitude sur la pureté (±)</translation>
    </message>
    <message>
        <source>Purity unit</source>
        <translation>Unité de pureté</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>mg/g</source>
        <translation>mg/g</translation>
    </message>
    <message>
        <source>mg/mL</source>
        <translation>mg/mL</translation>
    </message>
    <message>
        <source>µg/mL</source>
        <translation>µg/mL</translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation>Certificat (SHA-256)</translation>
    </message>
    <message>
        <source>attached certificate file, by content digest</source>
        <translation>fichier du certificat joint, identifié par l&apos;empreinte de son contenu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Expiry/retest</source>
        <translation>Péremption/recontrôle</translation>
    </message>
    <message>
        <source>Any expiry date</source>
        <translation>Toute date de péremption</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>Past its expiry date</source>
        <translation>Date de péremption dépassée</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Péremption dans les</translation>
    </message>
    <message>
        <source>Expiring within how many days</source>
        <translation>Péremption dans combien de jours</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Quantité reçue</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>µg</source>
        <translation>µg</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>µL</source>
        <translation>µL</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Low-stock level</source>
        <translation>Seuil de stock bas</translation>
    </message>
    <message>
        <source>warn when the remaining quantity falls to this level</source>
        <translation>avertir lorsque la quantité restante descend à ce niveau</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Lieu de stockage</translation>
    </message>
    <message>
        <source>Storage conditions</source>
        <translation>Conditions de stockage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Éliminé</translation>
    </message>
    <message>
        <source>Shareable with the network</source>
        <translation>Partageable avec le réseau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Fiche de formation</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Fiches de formation</translation>
    </message>
    <message>
        <source>Who &amp; what</source>
        <translation>Qui et quoi</translation>
    </message>
    <message>
        <source>Dates &amp; hours</source>
        <translation>Dates et heures</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Tout le personnel</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Domaine de compétence</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Supervised practice</source>
        <translation>Pratique supervisée</translation>
    </message>
    <message>
        <source>Competence assessment</source>
        <translation>Évaluation des compétences</translation>
    </message>
    <message>
        <source>Proficiency test</source>
        <translation>Essai d&apos;aptitude</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Habilitation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Satisfactory (|z| ≤ 2)</source>
        <translation>Satisfaisant (|z| ≤ 2)</translation>
    </message>
    <message>
        <source>Questionable (2 &lt; |z| &lt; 3)</source>
        <translation>Discutable (2 &lt; |z| &lt; 3)</translation>
    </message>
    <message>
        <source>Unsatisfactory (|z| ≥ 3)</source>
        <translation>Insatisfaisant (|z| ≥ 3)</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Habilité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>Score z</translation>
    </message>
    <message>
        <source>Proficiency-test scheme</source>
        <translation>Programme d&apos;essais d&apos;aptitude</translation>
    </message>
    <message>
        <source>Proficiency-test round</source>
        <translation>Tour d&apos;essai d&apos;aptitude</translation>
    </message>
    <message>
        <source>Requalification due</source>
        <translation>Échéance de requalification</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Habilité par</translation>
    </message>
    <message>
        <source>Profiling result</source>
        <translation>Résultat de profilage</translation>
    </message>
    <message>
        <source>Profiling results</source>
        <translation>Résultats de profilage</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>N° d&apos;échantillon du laboratoire</translation>
    </message>
    <message>
        <source>Seizure reference</source>
        <translation>Référence de la saisie</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Seizure date</source>
        <translation>Date de la saisie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Place of seizure</source>
        <translation>Lieu de la saisie</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>Type de drogue</translation>
    </message>
    <message>
        <source>Amphetamine</source>
        <translation>Amphétamine</translation>
    </message>
    <message>
        <source>Methamphetamine</source>
        <translation>Méthamphétamine</translation>
    </message>
    <message>
        <source>MDMA (ecstasy)</source>
        <translation>MDMA (ecstasy)</translation>
    </message>
    <message>
        <source>Cocaine</source>
        <translation>Cocaïne</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Héroïne</translation>
    </message>
    <message>
        <source>Cannabis</source>
        <translation>Cannabis</translation>
    </message>
    <message>
        <source>New psychoactive substance</source>
        <translation>Nouvelle substance psychoactive</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Powder</source>
        <translation>Poudre</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Comprimé</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Certificate &amp; purity</source>
        <translation>Certificat et pureté</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Storage &amp; status</source>
        <translation>Stockage et statut</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <source>Any requalification date</source>
        <translation>Toute date de requalification</translation>
    </message>
    <message>
        <source>Requalification</source>
        <translation>Requalification</translation>
    </message>
    <message>
        <source>Requalification due within</source>
        <translation>Requalification dans les</translation>
    </message>
    <message>
        <source>Requalification due within how many days</source>
        <translation>Requalification dans combien de jours</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Chemical profile</source>
        <translation>Profil chimique</translation>
    </message>
    <message>
        <source>Analysis &amp; traceability</source>
        <translation>Analyse et traçabilité</translation>
    </message>
    <message>
        <source>Seized from</source>
        <translation>Saisies du</translation>
    </message>
    <message>
        <source>Seized on or after</source>
        <translation>Saisies à partir du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Seized on or before</source>
        <translation>Saisies jusqu&apos;au</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All drug types</source>
        <translation>Tous les types de drogue</translation>
    </message>
    <message>
        <source>Crystal</source>
        <translation>Cristaux</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Gélule</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Liquide</translation>
    </message>
    <message>
        <source>Resin</source>
        <translation>Résine</translation>
    </message>
    <message>
        <source>Herbal material</source>
        <translation>Matière végétale</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pâte</translation>
    </message>
    <message>
        <source>Main substance</source>
        <translation>Substance principale</translation>
    </message>
    <message>
        <source>Purity</source>
        <translation>Pureté</translation>
    </message>
    <message>
        <source>Adulterants</source>
        <translation>Adultérants</translation>
    </message>
    <message>
        <source>Diluents</source>
        <translation>Diluants</translation>
    </message>
    <message>
        <source>Target compounds (peak areas)</source>
        <translation>Composés cibles (aires des pics)</translation>
    </message>
    <message>
        <source>compound=area pairs; in a spreadsheet, one column per compound headed peak:NAME</source>
        <translation>paires composé=aire&#xa0;; dans une feuille de calcul, une colonne par composé, intitulée peak:NOM</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Internal standard</source>
        <translation>Étalon interne</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>Diamètre</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Score line</source>
        <translation>Rainure de sécabilité</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>En croix</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Conditionnement</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Analysed on</source>
        <translation>Analysé le</translation>
    </message>
    <message>
        <source>Reference samples used</source>
        <translation>Échantillons de référence utilisés</translation>
    </message>
    <message>
        <source>Quality manager</source>
        <translation>Responsable qualité</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>la date de réception</translation>
    </message>
    <message>
        <source>the date opened</source>
        <translation>la date d&apos;ouverture</translation>
    </message>
    <message>
        <source>the expiry date</source>
        <translation>la date de péremption</translation>
    </message>
    <message>
        <source>Pearson correlation (×100)</source>
        <translation>Corrélation de Pearson (×100)</translation>
    </message>
    <message>
        <source>cosine (×100)</source>
        <translation>cosinus (×100)</translation>
    </message>
    <message>
        <source>squared cosine (×100)</source>
        <translation>cosinus au carré (×100)</translation>
    </message>
    <message>
        <source>Euclidean distance</source>
        <translation>Distance euclidienne</translation>
    </message>
    <message>
        <source>Manhattan distance</source>
        <translation>Distance de Manhattan</translation>
    </message>
    <message>
        <source>Canberra distance</source>
        <translation>Distance de Canberra</translation>
    </message>
    <message>
        <source>Canberra distance (R&apos;s dist())</source>
        <translation>Distance de Canberra (dist() de R)</translation>
    </message>
    <message>
        <source>raw areas</source>
        <translation>aires brutes</translation>
    </message>
    <message>
        <source>normalised to the sum (N)</source>
        <translation>normalisées à la somme (N)</translation>
    </message>
    <message>
        <source>square root of N (N2R)</source>
        <translation>racine carrée de N (N2R)</translation>
    </message>
    <message>
        <source>fourth root of N (N4R)</source>
        <translation>racine quatrième de N (N4R)</translation>
    </message>
    <message>
        <source>log10(1 + N)</source>
        <translation>log10(1 + N)</translation>
    </message>
    <message>
        <source>N, scaled by the reference SD (N+S)</source>
        <translation>N, mis à l&apos;échelle par l&apos;écart-type de référence (N+S)</translation>
    </message>
</context>
<context>
    <name>Catalogue messages</name>
    <message>
        <source>“{reference}” is not an attachment reference.</source>
        <translation>«&#xa0;{reference}&#xa0;» n&apos;est pas une référence de pièce jointe.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; attachments are limited to {limit} MB. Scan the certificate at a lower resolution.</source>
        <translation>{name} fait {size:.0f} Mo&#xa0;; les pièces jointes sont limitées à {limit} Mo. Numérisez le certificat à une résolution plus basse.</translation>
    </message>
    <message>
        <source>{name} is not a PDF, image or text file; attach the certificate as a PDF.</source>
        <translation>{name} n&apos;est ni un PDF, ni une image, ni un fichier texte&#xa0;; joignez le certificat au format PDF.</translation>
    </message>
    <message>
        <source>The attached file is missing from the catalogue folder; restore it from a backup.</source>
        <translation>Le fichier joint est absent du dossier du catalogue&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The attached file {name} has been altered since it was attached; restore it from a backup.</source>
        <translation>Le fichier joint {name} a été modifié depuis qu&apos;il a été joint&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>entry {entry} does not follow from the entry before it (an entry before it was removed, replaced or edited)</source>
        <translation>l&apos;entrée {entry} ne fait pas suite à l&apos;entrée précédente (une entrée antérieure a été supprimée, remplacée ou modifiée)</translation>
    </message>
    <message>
        <source>entry {entry} ({action} by {user} at {time}) was altered after it was written</source>
        <translation>l&apos;entrée {entry} ({action} par {user}, {time}) a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>entries {first} to {last} at the end of the log are missing</source>
        <translation>les entrées {first} à {last}, à la fin de la piste d&apos;audit, sont manquantes</translation>
    </message>
    <message>
        <source>the record of the newest audit entry is missing</source>
        <translation>l&apos;enregistrement de la dernière entrée de la piste d&apos;audit est manquant</translation>
    </message>
    <message>
        <source>entries {first} to {last} are missing (deleted)</source>
        <translation>les entrées {first} à {last} sont manquantes (supprimées)</translation>
    </message>
    <message>
        <source>entry {entry} is out of order</source>
        <translation>l&apos;entrée {entry} n&apos;est pas à sa place dans l&apos;ordre</translation>
    </message>
    <message>
        <source>the newest entry ({entry}) was replaced</source>
        <translation>la dernière entrée ({entry}) a été remplacée</translation>
    </message>
    <message>
        <source>entries after {entry} were added outside LabNet</source>
        <translation>des entrées ont été ajoutées après l&apos;entrée {entry} en dehors de LabNet</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({detail}). Check that the drive is plugged in, has free space and is not write-protected.</source>
        <translation>Impossible d&apos;écrire la sauvegarde dans {path} ({detail}). Vérifiez que le disque est branché, qu&apos;il dispose d&apos;espace libre et qu&apos;il n&apos;est pas protégé en écriture.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue backup ({detail}).</source>
        <translation>{path} n&apos;est pas une sauvegarde de catalogue LabNet ({detail}).</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check: {result}); it cannot be restored.</source>
        <translation>{path} est endommagé (contrôle d&apos;intégrité&#xa0;: {result})&#xa0;; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue backup.</source>
        <translation>{path} n&apos;est pas une sauvegarde de catalogue LabNet.</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of LabNet (schema {schema}); install that version to restore it.</source>
        <translation>{path} provient d&apos;une version plus récente de LabNet (schéma {schema})&#xa0;; installez cette version pour le restaurer.</translation>
    </message>
    <message>
        <source>{from_unit} cannot be converted to {to_unit}: one is a mass and the other a volume. Record the withdrawal in the unit of the standard.</source>
        <translation>Impossible de convertir {from_unit} en {to_unit}&#xa0;: l&apos;une est une masse, l&apos;autre un volume. Consignez le prélèvement dans l&apos;unité de l&apos;étalon.</translation>
    </message>
    <message>
        <source>“{raw}” is not a unit LabNet knows; use one of: {known}.</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas une unité connue de LabNet&#xa0;; utilisez l&apos;une des suivantes&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>The quantity withdrawn must be more than zero.</source>
        <translation>La quantité prélevée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The quantity withdrawn: {reason}.</source>
        <translation>La quantité prélevée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{code} was changed by {user} after you opened it; reopen it and record the withdrawal again.</source>
        <translation>La fiche {code} a été modifiée par {user} après que vous l&apos;avez ouverte&#xa0;; rouvrez-la et consignez de nouveau le prélèvement.</translation>
    </message>
    <message>
        <source>{code} is {status}; only a standard in use can be withdrawn from. A quality manager can release it first.</source>
        <translation>{code} a le statut «&#xa0;{status}&#xa0;»&#xa0;; seul un étalon en service peut faire l&apos;objet d&apos;un prélèvement. Un responsable qualité peut d&apos;abord le remettre en service.</translation>
    </message>
    <message>
        <source>{code} expired on {date}; it may not be used until it has been retested and its expiry date extended.</source>
        <translation>{code} a expiré le {date}&#xa0;; il ne peut pas être utilisé tant qu&apos;il n&apos;a pas été recontrôlé et que sa date de péremption n&apos;a pas été prolongée.</translation>
    </message>
    <message>
        <source>{code} has no remaining quantity recorded; enter the stock before withdrawing.</source>
        <translation>Aucune quantité restante n&apos;est enregistrée pour {code}&#xa0;; saisissez le stock avant de prélever.</translation>
    </message>
    <message>
        <source>Only {left:g} {unit} of {code} remain; {amount:g} {amount_unit} cannot be withdrawn.</source>
        <translation>Il ne reste que {left:g} {unit} de {code}&#xa0;; impossible de prélever {amount:g} {amount_unit}.</translation>
    </message>
    <message>
        <source>{path} was last used by a newer version of LabNet (schema {schema}; this version knows up to {latest}). Install the newer version to open it; nothing was changed.</source>
        <translation>{path} a été utilisé en dernier par une version plus récente de LabNet (schéma {schema}&#xa0;; cette version-ci connaît les schémas jusqu&apos;au {latest}). Installez la version plus récente pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet catalogue or is damaged ({detail}). Choose another file, or restore your last backup with “labnet restore”.</source>
        <translation>{path} n&apos;est pas un catalogue LabNet ou est endommagé ({detail}). Choisissez un autre fichier, ou restaurez votre dernière sauvegarde avec «&#xa0;labnet restore&#xa0;».</translation>
    </message>
    <message>
        <source>Updating the catalogue to schema {schema} ({description}) failed: {detail}. The catalogue was left as it was.</source>
        <translation>La mise à jour du catalogue vers le schéma {schema} ({description}) a échoué&#xa0;: {detail}. Le catalogue est resté tel quel.</translation>
    </message>
    <message>
        <source>Updating the catalogue to schema {schema} ({description}) failed: {detail}. The catalogue was left as it was. A copy of the catalogue from before the update is at {backup}.</source>
        <translation>La mise à jour du catalogue vers le schéma {schema} ({description}) a échoué&#xa0;: {detail}. Le catalogue est resté tel quel. Une copie du catalogue antérieure à la mise à jour se trouve dans {backup}.</translation>
    </message>
    <message>
        <source>There is no target-compound list for {drug}; reinstall LabNet (resources/targets is missing a file).</source>
        <translation>Il n&apos;existe pas de liste des composés cibles pour {drug}&#xa0;; réinstallez LabNet (il manque un fichier dans resources/targets).</translation>
    </message>
    <message>
        <source>{path} already holds a catalogue that is not the demo; LabNet never mixes invented records into real ones. Choose an empty folder for the demo.</source>
        <translation>{path} contient déjà un catalogue qui n&apos;est pas celui de démonstration&#xa0;; LabNet ne mélange jamais des fiches fictives avec des fiches réelles. Choisissez un dossier vide pour la démonstration.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: nothing of this change was saved. Free some space (or move the data folder with --data-dir) and try again.</source>
        <translation>Le disque qui contient {where} est plein&#xa0;: rien de cette modification n&apos;a été enregistré. Libérez de l&apos;espace (ou déplacez le dossier de données avec --data-dir) et réessayez.</translation>
    </message>
    <message>
        <source>{where} cannot be written: the file or its folder is read-only (or belongs to another user). Nothing was changed. Choose a folder you can write to with --data-dir.</source>
        <translation>Impossible d&apos;écrire dans {where}&#xa0;: le fichier ou son dossier est en lecture seule (ou appartient à un autre utilisateur). Rien n&apos;a été modifié. Avec --data-dir, choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>{where} cannot be opened: the folder is missing, read-only or not yours. Nothing was changed. Choose a folder you can write to with --data-dir.</source>
        <translation>Impossible d&apos;ouvrir {where}&#xa0;: le dossier est absent, en lecture seule ou ne vous appartient pas. Rien n&apos;a été modifié. Avec --data-dir, choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving to {where}: nothing of this change was saved. Check the disk (and make a backup) before going on.</source>
        <translation>Le disque a signalé une erreur lors de l&apos;enregistrement dans {where}&#xa0;: rien de cette modification n&apos;a été enregistré. Vérifiez le disque (et faites une sauvegarde) avant de continuer.</translation>
    </message>
    <message>
        <source>the catalogue {path}</source>
        <translation>le catalogue {path}</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>le catalogue</translation>
    </message>
    <message>
        <source>“{raw}” is not a date; write it as YYYY-MM-DD</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>expected a number, not yes/no</source>
        <translation>un nombre est attendu, pas oui/non</translation>
    </message>
    <message>
        <source>“{raw}” is not a finite number</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>“{raw}” could be {one} or {other}; write the date as YYYY-MM-DD</source>
        <translation>«&#xa0;{raw}&#xa0;» pourrait être {one} ou {other}&#xa0;; écrivez la date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>“{raw}” is not yes or no</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>“{raw}” is not one of: {allowed}</source>
        <translation>«&#xa0;{raw}&#xa0;» ne fait pas partie des valeurs admises&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>“{raw}” is not a real calendar date</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas une date qui existe dans le calendrier</translation>
    </message>
    <message>
        <source>is longer than 4,000 characters</source>
        <translation>dépasse 4&#xa0;000 caractères</translation>
    </message>
    <message>
        <source>“{raw}” is not a whole number</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>“{raw}” is not a CAS number (digits in the form 1234-56-7)</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas un numéro CAS (chiffres sous la forme 1234-56-7)</translation>
    </message>
    <message>
        <source>the check digit of CAS number {cas} is wrong; check for a typing error</source>
        <translation>le chiffre de contrôle du numéro CAS {cas} est erroné&#xa0;; vérifiez qu&apos;il n&apos;y a pas de faute de frappe</translation>
    </message>
    <message>
        <source>“{raw}” is not a two-letter ISO 3166 country code (e.g. KE, PE, TH)</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas un code pays ISO 3166 à deux lettres (p. ex. KE, PE, TH)</translation>
    </message>
    <message>
        <source>“{raw}” is too large a number</source>
        <translation>«&#xa0;{raw}&#xa0;» est un nombre trop grand</translation>
    </message>
    <message>
        <source>“{raw}” is not a number</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>“{raw}” could be {decimal} or {grouped}: write {decimal} or {grouped}</source>
        <translation>«&#xa0;{raw}&#xa0;» pourrait être {decimal} ou {grouped}&#xa0;: écrivez {decimal} ou {grouped}</translation>
    </message>
    <message>
        <source>“{raw}” has its thousands separators in the wrong place</source>
        <translation>«&#xa0;{raw}&#xa0;» a ses séparateurs de milliers mal placés</translation>
    </message>
    <message>
        <source>{value} is below the minimum of {minimum}</source>
        <translation>{value} est inférieur au minimum de {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum of {maximum}</source>
        <translation>{value} est supérieur au maximum de {maximum}</translation>
    </message>
    <message>
        <source>a peak has no compound name</source>
        <translation>un pic n&apos;a pas de nom de composé</translation>
    </message>
    <message>
        <source>the peak area of {name} is negative</source>
        <translation>l&apos;aire du pic de {name} est négative</translation>
    </message>
    <message>
        <source>compound {name} appears twice</source>
        <translation>le composé {name} figure deux fois</translation>
    </message>
    <message>
        <source>the peak area of {name} (“{area}”) is not a number</source>
        <translation>l&apos;aire du pic de {name} («&#xa0;{area}&#xa0;») n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>“{raw}” is not a readable list</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas une liste lisible</translation>
    </message>
    <message>
        <source>“{raw}” is not a readable peak table</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas un tableau de pics lisible</translation>
    </message>
    <message>
        <source>“{part}” should be written compound=area</source>
        <translation>«&#xa0;{part}&#xa0;» doit s&apos;écrire sous la forme compound=area</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The column “{column}” is mapped to “{target}”, which is not a field of a {thing}. Choose one of: {fields}.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» correspond à «&#xa0;{target}&#xa0;», qui n&apos;est pas un champ de ce type de fiche ({thing}). Choisissez l&apos;un des champs suivants&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Add those columns (or map an existing column to it) and import again.</source>
        <translation>{file} n&apos;a pas de colonne pour {fields}, obligatoires dans toute fiche de ce type ({thing}). Ajoutez ces colonnes (ou faites correspondre des colonnes existantes à ces champs) et relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>a peak area must be a number, not yes/no</source>
        <translation>l&apos;aire du pic doit être un nombre, pas oui/non</translation>
    </message>
    <message>
        <source>a peak area cannot be negative</source>
        <translation>l&apos;aire du pic ne peut pas être négative</translation>
    </message>
    <message>
        <source>The column mapping names {columns}, which are not a column of {file}. Choose the mapping again for this file.</source>
        <translation>La correspondance des colonnes mentionne {columns}, qui ne sont pas des colonnes de {file}. Refaites la correspondance des colonnes pour ce fichier.</translation>
    </message>
    <message>
        <source>The columns “{column}” and “{other_column}” both hold the {field} ({name}). Keep one of them, or map one to nothing, and import again.</source>
        <translation>Les colonnes «&#xa0;{column}&#xa0;» et «&#xa0;{other_column}&#xa0;» contiennent toutes deux le champ {field} ({name}). N&apos;en gardez qu&apos;une, ou ignorez l&apos;une des deux, puis relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>None of the columns of {file} ({columns}) is a field of a {thing}. Check that this is a file of {things}, and that its first row holds column names such as {examples}.</source>
        <translation>Aucune des colonnes de {file} ({columns}) n&apos;est un champ de ce type de fiche ({thing}). Vérifiez que ce fichier contient bien des fiches de ce type ({things}) et que sa première ligne contient des noms de colonnes tels que {examples}.</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Add that column (or map an existing column to it) and import again.</source>
        <translation>{file} n&apos;a pas de colonne pour {fields}, obligatoire dans toute fiche de ce type ({thing}). Ajoutez cette colonne (ou faites correspondre une colonne existante à ce champ) et relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>The column mapping names {columns}, which is not a column of {file}. Choose the mapping again for this file.</source>
        <translation>La correspondance des colonnes mentionne {columns}, qui n&apos;est pas une colonne de {file}. Refaites la correspondance des colonnes pour ce fichier.</translation>
    </message>
    <message>
        <source>The columns “{column}” and “{other_column}” both give the peak area of {compound}. Keep one of them and import again.</source>
        <translation>Les colonnes «&#xa0;{column}&#xa0;» et «&#xa0;{other_column}&#xa0;» indiquent toutes deux l&apos;aire du pic de {compound}. N&apos;en gardez qu&apos;une et relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>the peak area of {compound} is too large a number</source>
        <translation>l&apos;aire du pic de {compound} est un nombre trop grand</translation>
    </message>
    <message>
        <source>“{raw}” is not a peak area (a number). Leave the cell blank if {compound} was not reported, or write n.d. if it was not detected</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas une valeur d&apos;aire du pic (un nombre). Laissez la cellule vide si le composé {compound} n&apos;a pas été rapporté, ou écrivez n.d. s&apos;il n&apos;a pas été détecté</translation>
    </message>
    <message>
        <source>repeats {key} from row {row}</source>
        <translation>répète {key}, qui figure déjà à la ligne {row}</translation>
    </message>
    <message>
        <source>{compound} is given both here and in the peaks column</source>
        <translation>le composé {compound} est indiqué à la fois ici et dans la colonne des pics</translation>
    </message>
    <message>
        <source>Cannot sort by “{name}”: it is not a field of a {thing}.</source>
        <translation>Impossible de trier par «&#xa0;{name}&#xa0;»&#xa0;: ce n&apos;est pas un champ de ce type de fiche ({thing}).</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a {thing}.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un champ de ce type de fiche ({thing}).</translation>
    </message>
    <message>
        <source>“{operation}” is not a filter operation.</source>
        <translation>«&#xa0;{operation}&#xa0;» n&apos;est pas une opération de filtre.</translation>
    </message>
    <message>
        <source>There is no record type “{name}”; use one of: {known}.</source>
        <translation>Il n&apos;existe pas de type de fiche «&#xa0;{name}&#xa0;»&#xa0;; utilisez l&apos;un des types suivants&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>le champ {field} est obligatoire</translation>
    </message>
    <message>
        <source>the remaining quantity ({remaining:g}) is more than was received ({received:g})</source>
        <translation>la quantité restante ({remaining:g}) dépasse la quantité reçue ({received:g})</translation>
    </message>
    <message>
        <source>a standard marked consumed must have no remaining quantity</source>
        <translation>un étalon au statut «&#xa0;épuisé&#xa0;» ne doit plus avoir de quantité restante</translation>
    </message>
    <message>
        <source>an authorisation must name who authorised it</source>
        <translation>une habilitation doit indiquer qui l&apos;a accordée</translation>
    </message>
    <message>
        <source>tablet characteristics (logo, colour, size…) are given but the form is not tablet</source>
        <translation>des caractéristiques de comprimé (logo, couleur, taille…) sont renseignées, mais la présentation n&apos;est pas «&#xa0;comprimé&#xa0;»</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} est dans le futur</translation>
    </message>
    <message>
        <source>a purity of {value:g} {unit} is impossible; it must lie between {low:g} and {high:g} {unit}</source>
        <translation>une pureté de {value:g} {unit} est impossible&#xa0;; elle doit être comprise entre {low:g} et {high:g} {unit}</translation>
    </message>
    <message>
        <source>the unit of the quantity is missing (mg, g, mL…)</source>
        <translation>l&apos;unité de la quantité n&apos;est pas indiquée (mg, g, mL…)</translation>
    </message>
    <message>
        <source>a proficiency test needs its scheme (e.g. UNODC ICE)</source>
        <translation>un essai d&apos;aptitude doit indiquer son programme (p. ex. UNODC ICE)</translation>
    </message>
    <message>
        <source>a proficiency test needs its round</source>
        <translation>un essai d&apos;aptitude doit indiquer son tour</translation>
    </message>
    <message>
        <source>a z-score belongs only to a proficiency test</source>
        <translation>un score z ne s&apos;applique qu&apos;à un essai d&apos;aptitude</translation>
    </message>
    <message>
        <source>a purity of {value:g} % is impossible; it must lie between 0 and 100 %</source>
        <translation>une pureté de {value:g}&#xa0;% est impossible&#xa0;; elle doit être comprise entre 0 et 100&#xa0;%</translation>
    </message>
    <message>
        <source>{later} ({later_date}) is before {earlier} ({earlier_date})</source>
        <translation>{later} ({later_date}) précède {earlier} ({earlier_date})</translation>
    </message>
    <message>
        <source>an uncertainty is given without the purity it belongs to</source>
        <translation>une incertitude est indiquée sans la pureté à laquelle elle se rapporte</translation>
    </message>
    <message>
        <source>an uncertainty of ±{uncertainty:g} {unit} is larger than the value itself</source>
        <translation>une incertitude de ±{uncertainty:g} {unit} est supérieure à la valeur elle-même</translation>
    </message>
    <message>
        <source>a z-score of {z:g} is {expected}, not {outcome}</source>
        <translation>un score z de {z:g} correspond à «&#xa0;{expected}&#xa0;», pas à «&#xa0;{outcome}&#xa0;»</translation>
    </message>
    <message>
        <source>There is no active account named “{user}” in this catalogue. Choose your account with --user NAME, or ask an administrator to create it.</source>
        <translation>Il n&apos;existe pas de compte actif nommé «&#xa0;{user}&#xa0;» dans ce catalogue. Choisissez votre compte avec --user NAME, ou demandez à un administrateur de le créer.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check both and try again.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; use one of: {roles}.</source>
        <translation>«&#xa0;{role}&#xa0;» n&apos;est pas un rôle&#xa0;; utilisez l&apos;un des suivants&#xa0;: {roles}.</translation>
    </message>
    <message>
        <source>A user needs a user name and a full name.</source>
        <translation>Un utilisateur doit avoir un nom d&apos;utilisateur et un nom complet.</translation>
    </message>
    <message>
        <source>No {thing} with id {id} exists (it may have been deleted).</source>
        <translation>Aucune fiche de ce type ({thing}) ne porte l&apos;identifiant {id} (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>This {thing} was changed by {user} at {time} after you opened it. Reopen it to see that change, then make yours again.</source>
        <translation>Cette fiche ({thing}) a été modifiée par {user} ({time}) après que vous l&apos;avez ouverte. Rouvrez-la pour voir cette modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>a standard that is {now} cannot become {new} (it can become: {allowed})</source>
        <translation>un étalon dont le statut est «&#xa0;{now}&#xa0;» ne peut pas passer à «&#xa0;{new}&#xa0;» (il peut passer à&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}). Choose another data folder with --data-dir.</source>
        <translation>Impossible de créer le dossier {folder} ({reason}). Choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>There is already a user named “{user}”.</source>
        <translation>Il existe déjà un utilisateur nommé «&#xa0;{user}&#xa0;».</translation>
    </message>
    <message>
        <source>Reference sample {code} has a usage history (its chain of custody) and cannot be deleted. Set its status to “disposed” instead.</source>
        <translation>L&apos;échantillon de référence {code} a un registre d&apos;utilisation (sa chaîne de traçabilité) et ne peut pas être supprimé. Donnez-lui plutôt le statut «&#xa0;Éliminé&#xa0;».</translation>
    </message>
    <message>
        <source>{path} needs updating before it can be used; open it with LabNet once.</source>
        <translation>{path} doit être mis à jour avant de pouvoir être utilisé&#xa0;; ouvrez-le une fois avec LabNet.</translation>
    </message>
    <message>
        <source>{thing} {key} changed while the import was being prepared; run the import again.</source>
        <translation>La fiche {key} ({thing}) a été modifiée pendant la préparation de l&apos;importation&#xa0;; relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a {thing}</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un champ de ce type de fiche ({thing})</translation>
    </message>
    <message>
        <source>a {thing} with this {key} already exists</source>
        <translation>une fiche ({thing}) existe déjà avec le même identifiant&#xa0;: {key}</translation>
    </message>
    <message>
        <source>Import a CSV file or an Excel workbook (.xlsx).</source>
        <translation>Importez un fichier CSV ou un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file {name} is an old-format Excel workbook (.xls, Excel 97–2003), which LabNet does not read. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV, and import that file.</source>
        <translation>Le fichier {name} est un classeur Excel d&apos;ancien format (.xls, Excel 97–2003), que LabNet ne lit pas. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le en tant que classeur Excel (.xlsx) ou au format CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file {name} looks like an Excel workbook but cannot be read: it is damaged or incomplete ({detail}). Open it in Excel and save it again, or save the sheet as CSV and import that.</source>
        <translation>Le fichier {name} ressemble à un classeur Excel mais ne peut pas être lu&#xa0;: il est endommagé ou incomplet ({detail}). Ouvrez-le dans Excel et enregistrez-le de nouveau, ou enregistrez la feuille au format CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell can hold. Correct the file and import it again.</source>
        <translation>Dans {name}, {where} contient plus de {limit:,} caractères, soit plus que ce que peut contenir une cellule de feuille de calcul. Corrigez le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit:,} rows, more than LabNet imports from one file. Split it into several smaller files and import them one after the other.</source>
        <translation>Le fichier {name} contient plus de {limit:,} lignes, soit plus que ce que LabNet importe à partir d&apos;un seul fichier. Divisez-le en plusieurs fichiers plus petits et importez-les l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>The file {name} is protected by a password, so LabNet cannot read it. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear it), save it, and import it again.</source>
        <translation>Le fichier {name} est protégé par un mot de passe&#xa0;: LabNet ne peut donc pas le lire. Ouvrez-le dans Excel, supprimez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe, puis effacez-le), enregistrez-le et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>la ligne {row}</translation>
    </message>
    <message>
        <source>one row</source>
        <translation>une ligne</translation>
    </message>
    <message>
        <source>{place}, column {column}</source>
        <translation>{place}, colonne {column}</translation>
    </message>
    <message>
        <source>In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell can hold. In a CSV file this usually means a quotation mark &quot; was opened and never closed, so the rest of the file ran into one cell; check that row. Correct the file and import it again.</source>
        <translation>Dans {name}, {where} contient plus de {limit:,} caractères, soit plus que ce que peut contenir une cellule de feuille de calcul. Dans un fichier CSV, cela signifie généralement qu&apos;un guillemet &quot; a été ouvert sans jamais être refermé, si bien que tout le reste du fichier s&apos;est retrouvé dans une seule cellule&#xa0;; vérifiez cette ligne. Corrigez le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>LabNet cannot write “{name}”: give the file name the extension .csv (for any spreadsheet program) or .xlsx (Excel workbook).</source>
        <translation>LabNet ne peut pas écrire «&#xa0;{name}&#xa0;»&#xa0;: donnez au nom du fichier l&apos;extension .csv (pour tout tableur) ou .xlsx (classeur Excel).</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the name and the folder, and try again.</source>
        <translation>Le fichier {path} n&apos;existe pas. Vérifiez le nom et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The path {path} is a folder, not a file. Choose the spreadsheet file itself.</source>
        <translation>Le chemin {path} désigne un dossier, pas un fichier. Choisissez le fichier de la feuille de calcul lui-même.</translation>
    </message>
    <message>
        <source>The file {name} is empty. Choose the file that holds the data.</source>
        <translation>Le fichier {name} est vide. Choisissez le fichier qui contient les données.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a spreadsheet. {hint}</source>
        <translation>Le fichier {name} est un document PDF, pas une feuille de calcul. {hint}</translation>
    </message>
    <message>
        <source>The file {name} is not a CSV or Excel file (it holds binary data). {hint}</source>
        <translation>Le fichier {name} n&apos;est ni un fichier CSV ni un fichier Excel (il contient des données binaires). {hint}</translation>
    </message>
    <message>
        <source>The file {name} is a web page (HTML), not a spreadsheet, even if its name says otherwise. Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>Le fichier {name} est une page web (HTML), pas une feuille de calcul, même si son nom laisse penser le contraire. Ouvrez-le dans Excel et enregistrez-le en tant que classeur Excel (.xlsx) ou au format CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file {name} is an XML file, not a spreadsheet. Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>Le fichier {name} est un fichier XML, pas une feuille de calcul. Ouvrez-le dans Excel et enregistrez-le en tant que classeur Excel (.xlsx) ou au format CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file {name} is a word-processor (RTF) document, not a spreadsheet. {hint}</source>
        <translation>Le fichier {name} est un document de traitement de texte (RTF), pas une feuille de calcul. {hint}</translation>
    </message>
    <message>
        <source>The file {name} is empty: every row is blank. Choose the file that holds the data.</source>
        <translation>Le fichier {name} est vide&#xa0;: toutes ses lignes sont vides. Choisissez le fichier qui contient les données.</translation>
    </message>
    <message>
        <source>The file {name} is a ZIP archive, not an Excel workbook. {hint}</source>
        <translation>Le fichier {name} est une archive ZIP, pas un classeur Excel. {hint}</translation>
    </message>
    <message>
        <source>The workbook {name} is empty: none of its sheets holds a value. Choose the file that holds the data.</source>
        <translation>Le classeur {name} est vide&#xa0;: aucune de ses feuilles ne contient de valeur. Choisissez le fichier qui contient les données.</translation>
    </message>
    <message>
        <source>The first row of {name} is blank. It must hold the column names.</source>
        <translation>La première ligne de {name} est vide. Elle doit contenir les noms des colonnes.</translation>
    </message>
    <message>
        <source>The first row of {name} (row {row}) holds values ({values}…), not column names. Insert a first row with a name for each column (for example the names LabNet uses when it exports), and import again.</source>
        <translation>La première ligne de {name} (ligne {row}) contient des valeurs ({values}…), et non des noms de colonnes. Insérez une première ligne avec un nom pour chaque colonne (par exemple les noms qu&apos;utilise LabNet lors de l&apos;exportation), puis relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder to export to.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Choisissez un dossier existant comme destination de l&apos;exportation.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} would hold {length:,} characters, more than the {limit:,} a spreadsheet cell can hold; nothing was exported. Shorten that value and export again.</source>
        <translation>La ligne {row}, colonne {column} contiendrait {length:,} caractères, soit plus que les {limit:,} qu&apos;une cellule de feuille de calcul peut contenir&#xa0;; rien n&apos;a été exporté. Raccourcissez cette valeur et relancez l&apos;exportation.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened ({reason}). Close it in any other program that has it open, and try again.</source>
        <translation>Impossible d&apos;ouvrir le fichier {name} ({reason}). Fermez-le dans tout autre programme qui l&apos;a ouvert, puis réessayez.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Impossible de lire le fichier {name} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as CSV at the start ({detail}). Open it in a spreadsheet program, check that row, save it as CSV again, and import it again.</source>
        <translation>Impossible de lire le début du fichier {name} au format CSV ({detail}). Ouvrez-le dans un tableur, vérifiez cette ligne, enregistrez-le de nouveau au format CSV, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Excel files cannot be read on this computer because the openpyxl package is missing. Reinstall LabNet, or save the sheet as CSV and import that.</source>
        <translation>Impossible de lire les fichiers Excel sur cet ordinateur, car le paquet openpyxl est absent. Réinstallez LabNet, ou enregistrez la feuille au format CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file {name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as an Excel workbook (.xlsx) or CSV, then import that file.</source>
        <translation>Le fichier {name} est une feuille de calcul OpenDocument (.ods). Ouvrez-le dans LibreOffice ou Excel et enregistrez-le en tant que classeur Excel (.xlsx) ou au format CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file {name} is a Word document, not a spreadsheet. {hint}</source>
        <translation>Le fichier {name} est un document Word, pas une feuille de calcul. {hint}</translation>
    </message>
    <message>
        <source>Columns {column} and {other_column} of {name} are both headed “{header}”. Give each column its own name (or delete the copy) and import again.</source>
        <translation>Les colonnes {column} et {other_column} de {name} portent toutes deux l&apos;en-tête «&#xa0;{header}&#xa0;». Donnez à chaque colonne son propre nom (ou supprimez le doublon), puis relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: it is open in another program (Excel?) or the folder is read-only. Close it, or choose another name, and export again.</source>
        <translation>Impossible d&apos;écrire le fichier {path}&#xa0;: il est ouvert dans un autre programme (Excel&#xa0;?) ou le dossier est en lecture seule. Fermez-le, ou choisissez un autre nom, puis relancez l&apos;exportation.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({reason}). Choose another folder and export again.</source>
        <translation>Impossible d&apos;écrire le fichier {path} ({reason}). Choisissez un autre dossier et relancez l&apos;exportation.</translation>
    </message>
    <message>
        <source>{value} cannot be written to a spreadsheet</source>
        <translation>impossible d&apos;écrire {value} dans une feuille de calcul</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds a control character that an Excel file cannot hold; nothing was exported. Export to CSV instead, or remove that character.</source>
        <translation>La ligne {row}, colonne {column} contient un caractère de contrôle qu&apos;un fichier Excel ne peut pas contenir&#xa0;; rien n&apos;a été exporté. Exportez plutôt au format CSV, ou supprimez ce caractère.</translation>
    </message>
    <message>
        <source>The file {name} says it is UTF-16 text but is damaged. Save it again from the program that made it (as “CSV UTF-8” if possible) and import it again.</source>
        <translation>Le fichier {name} se présente comme du texte UTF-16, mais il est endommagé. Enregistrez-le de nouveau depuis le programme qui l&apos;a créé (au format «&#xa0;CSV UTF-8&#xa0;» si possible), puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as CSV at line {line} ({detail}). Open it in a spreadsheet program, check that row, save it as CSV again, and import it again.</source>
        <translation>Impossible de lire le fichier {name} au format CSV à la ligne {line} ({detail}). Ouvrez-le dans un tableur, vérifiez cette ligne, enregistrez-le de nouveau au format CSV, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds a NUL character, which a CSV file cannot hold; nothing was exported. Remove that character and export again.</source>
        <translation>La ligne {row}, colonne {column} contient un caractère NUL, qu&apos;un fichier CSV ne peut pas contenir&#xa0;; rien n&apos;a été exporté. Supprimez ce caractère et relancez l&apos;exportation.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds {value}, which a spreadsheet cannot hold; nothing was exported.</source>
        <translation>La ligne {row}, colonne {column} contient {value}, ce qu&apos;une feuille de calcul ne peut pas contenir&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Only a quality manager may dispose of a reference standard.</source>
        <translation>Seul un responsable qualité peut éliminer un étalon de référence.</translation>
    </message>
    <message>
        <source>Only a quality manager may authorise a training record.</source>
        <translation>Seul un responsable qualité peut valider une habilitation dans une fiche de formation.</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation>Seul un administrateur peut gérer les comptes utilisateurs.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Seul un administrateur peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Your account may not change records.</source>
        <translation>Votre compte ne peut pas modifier les fiches.</translation>
    </message>
    <message>
        <source>{rule} You are signed in as {user} ({role}).</source>
        <translation>{rule} Vous êtes connecté en tant que {user} ({role}).</translation>
    </message>
    <message>
        <source>A bulletin of {size:,} bytes is larger than any the hub sends; it was ignored.</source>
        <translation>Un bulletin de {size:,} octets dépasse la taille de tout bulletin envoyé par le serveur&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>This is not a LabNet bulletin (or it is damaged).</source>
        <translation>Ce n&apos;est pas un bulletin LabNet (ou il est endommagé).</translation>
    </message>
    <message>
        <source>This bulletin comes from hub {sender}, not from {hub}; it was ignored.</source>
        <translation>Ce bulletin provient du serveur {sender}, et non de {hub}&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s signature is not the hub&apos;s: it was altered or forged, and was ignored.</source>
        <translation>La signature du bulletin n&apos;est pas celle du serveur&#xa0;: il a été modifié ou falsifié, et a été ignoré.</translation>
    </message>
    <message>
        <source>This bulletin is addressed to another laboratory; it was ignored.</source>
        <translation>Ce bulletin est adressé à un autre laboratoire&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>This bulletin is of a kind LabNet does not know ({kind}); update LabNet.</source>
        <translation>Ce bulletin est d&apos;un type que LabNet ne connaît pas ({kind})&#xa0;; mettez LabNet à jour.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s signature is not readable; the file is damaged.</source>
        <translation>La signature du bulletin est illisible&#xa0;; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The bulletin is signed by the hub but malformed; ask the hub&apos;s administrator.</source>
        <translation>Le bulletin est signé par le serveur mais mal formé&#xa0;; adressez-vous à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for “{user}”: wait {seconds} s before trying again.</source>
        <translation>Trop de mots de passe erronés pour «&#xa0;{user}&#xa0;»&#xa0;: attendez {seconds} s avant de réessayer.</translation>
    </message>
    <message>
        <source>The account “{user}” is disabled. Ask an administrator to enable it again.</source>
        <translation>Le compte «&#xa0;{user}&#xa0;» est désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>There is no account named “{user}” in this catalogue.</source>
        <translation>Il n&apos;existe pas de compte nommé «&#xa0;{user}&#xa0;» dans ce catalogue.</translation>
    </message>
    <message>
        <source>Only a signed-in account has a password to change.</source>
        <translation>Seul un compte connecté a un mot de passe à modifier.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Le nouveau mot de passe est identique à l&apos;actuel.</translation>
    </message>
    <message>
        <source>To change your own password, change it with your current one; a reset is for another person&apos;s account.</source>
        <translation>Pour changer votre propre mot de passe, changez-le en indiquant l&apos;actuel&#xa0;; la réinitialisation est réservée au compte d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. After {count} wrong passwords in a row, the next attempt for “{user}” must wait {seconds} s.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect. Après {count} mots de passe erronés d&apos;affilée, la prochaine tentative pour «&#xa0;{user}&#xa0;» devra attendre {seconds} s.</translation>
    </message>
    <message>
        <source>“{user}” is the last active administrator: appoint another one first, or nobody could manage the accounts.</source>
        <translation>«&#xa0;{user}&#xa0;» est le dernier administrateur actif&#xa0;: nommez-en d&apos;abord un autre, sinon plus personne ne pourrait gérer les comptes.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte&#xa0;; un autre administrateur peut le faire.</translation>
    </message>
    <message>
        <source>“{user}” is the last active administrator: enable or appoint another one first, or nobody could manage the accounts.</source>
        <translation>«&#xa0;{user}&#xa0;» est le dernier administrateur actif&#xa0;: réactivez ou nommez d&apos;abord un autre administrateur, sinon plus personne ne pourrait gérer les comptes.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist — is the stick mounted? LabNet does not create it, so that a backup never lands on the internal disk by mistake.</source>
        <translation>Le dossier {folder} n&apos;existe pas — la clé USB est-elle montée&#xa0;? LabNet ne le crée pas, afin qu&apos;une sauvegarde n&apos;atterrisse jamais par erreur sur le disque interne.</translation>
    </message>
    <message>
        <source>{path} already exists; LabNet never writes a backup over a file. Choose another name, or a folder for a dated file.</source>
        <translation>{path} existe déjà&#xa0;; LabNet n&apos;écrit jamais une sauvegarde par-dessus un fichier. Choisissez un autre nom, ou un dossier pour obtenir un fichier daté.</translation>
    </message>
    <message>
        <source>The catalogue in {folder} is in use by another program; close it and run the restore again; nothing was changed.</source>
        <translation>Le catalogue de {folder} est utilisé par un autre programme&#xa0;; fermez-le et relancez la restauration&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The catalogue could not be backed up; nothing was written: {detail}</source>
        <translation>Impossible de sauvegarder le catalogue&#xa0;; rien n&apos;a été écrit&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>its record of what verifying the catalogue found reads back differently.</source>
        <translation>le relevé de ce qu&apos;a constaté la vérification du catalogue ne se relit pas à l&apos;identique.</translation>
    </message>
    <message>
        <source>The backup written to {path} does not read back as it was written, so it was removed: {detail} The drive may be failing: try another one.</source>
        <translation>La sauvegarde écrite dans {path} ne se relit pas telle qu&apos;elle a été écrite&#xa0;; elle a donc été supprimée&#xa0;: {detail} Le disque est peut-être défaillant&#xa0;: essayez-en un autre.</translation>
    </message>
    <message>
        <source>The backup is of another catalogue (id {backup}) than the one it replaced (id {replaced}); that one is kept in {kept}.</source>
        <translation>La sauvegarde provient d&apos;un autre catalogue (identifiant {backup}) que celui qu&apos;elle a remplacé (identifiant {replaced})&#xa0;; ce dernier est conservé dans {kept}.</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete ({detail}); it cannot be restored. It may have been cut short while being copied: copy it again, or use another backup.</source>
        <translation>{path} est endommagé ou incomplet ({detail})&#xa0;; il ne peut pas être restauré. Il a peut-être été tronqué lors d&apos;une copie&#xa0;: copiez-le de nouveau, ou utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>Impossible de lire {path} ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a backup of format {version}, which this version of LabNet does not know; install a newer LabNet to restore it.</source>
        <translation>{path} est une sauvegarde au format {version}, que cette version de LabNet ne connaît pas&#xa0;; installez une version plus récente de LabNet pour la restaurer.</translation>
    </message>
    <message>
        <source>{path} is damaged: its list of contents (manifest) cannot be read; it cannot be restored.</source>
        <translation>{path} est endommagé&#xa0;: sa liste du contenu (manifeste) est illisible&#xa0;; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>The attached file {name} in the catalogue folder was altered after it was attached (its content no longer has the digest it is filed under), so no backup can carry it; nothing was written. “labnet audit verify” names it: keep the folder as it is and tell your quality manager.</source>
        <translation>Le fichier joint {name} du dossier du catalogue a été modifié après avoir été joint (son contenu n&apos;a plus l&apos;empreinte sous laquelle il est classé)&#xa0;; aucune sauvegarde ne peut donc l&apos;emporter, et rien n&apos;a été écrit. «&#xa0;labnet audit verify&#xa0;» le signale&#xa0;: conservez le dossier en l&apos;état et prévenez votre responsable qualité.</translation>
    </message>
    <message>
        <source>{path} is not a LabNet backup (it has no list of contents).</source>
        <translation>{path} n&apos;est pas une sauvegarde LabNet (il n&apos;a pas de liste du contenu).</translation>
    </message>
    <message>
        <source>{path} holds files its list of contents does not name ({names}); it was altered after it was written and cannot be restored.</source>
        <translation>{path} contient des fichiers que sa liste du contenu ne mentionne pas ({names})&#xa0;; il a été modifié après son écriture et ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>{path} names files a LabNet backup never holds ({names}); it cannot be restored.</source>
        <translation>{path} mentionne des fichiers qu&apos;une sauvegarde LabNet ne contient jamais ({names})&#xa0;; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>{path} lacks files its list of contents names ({names}); it cannot be restored.</source>
        <translation>Il manque à {path} des fichiers que mentionne sa liste du contenu ({names})&#xa0;; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Checking {path} needs {size} of free space in {folder}, which has {free}; make room there first.</source>
        <translation>La vérification de {path} nécessite {size} d&apos;espace libre dans {folder}, qui n&apos;en a que {free}&#xa0;; libérez d&apos;abord de la place.</translation>
    </message>
    <message>
        <source>{name} in {path} is not what was written (its SHA-256 differs from the list of contents); the backup was altered or damaged and cannot be restored.</source>
        <translation>{name} dans {path} n&apos;est pas ce qui a été écrit (son SHA-256 diffère de celui de la liste du contenu)&#xa0;; la sauvegarde a été modifiée ou endommagée et ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>{path} holds {name}, which is not an attached file; it cannot be restored.</source>
        <translation>{path} contient {name}, qui n&apos;est pas un fichier joint&#xa0;; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>The attached file {name} in {path} does not have the digest it is filed under; the backup cannot be restored.</source>
        <translation>Le fichier joint {name} dans {path} n&apos;a pas l&apos;empreinte sous laquelle il est classé&#xa0;; la sauvegarde ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>{path} records that its catalogue did not verify when it was written, but it verifies now: the backup was altered after it was written and cannot be restored. Keep it for investigation and use another backup.</source>
        <translation>{path} indique que son catalogue ne passait pas la vérification lors de son écriture, mais il la passe maintenant&#xa0;: la sauvegarde a été modifiée après son écriture et ne peut pas être restaurée. Conservez-la pour enquête et utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The file {name} was read as {encoding}, as chosen.</source>
        <translation>Le fichier {name} a été lu en {encoding}, comme demandé.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text, and its encoding cannot be recognised. Import it again naming its encoding (--encoding, for example {examples}), or save it as “CSV UTF-8” and import that.</source>
        <translation>Le fichier {name} n&apos;est pas du texte UTF-8, et son encodage ne peut pas être reconnu. Importez-le de nouveau en indiquant son encodage (--encoding, par exemple {examples}), ou enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text; LabNet recognised it as {encoding}. If any letters look wrong, import it again choosing its encoding (--encoding), or save it as “CSV UTF-8”.</source>
        <translation>Le fichier {name} n&apos;est pas du texte UTF-8&#xa0;; LabNet l&apos;a reconnu comme {encoding}. Si des lettres semblent erronées, importez-le de nouveau en choisissant son encodage (--encoding), ou enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text, and its encoding cannot be told for sure: it could be {candidates}, which give different letters. Import it again naming its encoding (--encoding, for example {examples}), or save it as “CSV UTF-8” and import that.</source>
        <translation>Le fichier {name} n&apos;est pas du texte UTF-8, et son encodage ne peut pas être déterminé avec certitude&#xa0;: il pourrait s&apos;agir de {candidates}, qui donnent des lettres différentes. Importez-le de nouveau en indiquant son encodage (--encoding, par exemple {examples}), ou enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez ce fichier.</translation>
    </message>
    <message>
        <source>LabNet does not know the encoding “{encoding}”. Name one such as {examples}.</source>
        <translation>LabNet ne connaît pas l&apos;encodage «&#xa0;{encoding}&#xa0;». Indiquez-en un comme {examples}.</translation>
    </message>
    <message>
        <source>The file {name} is not {encoding} text: the byte 0x{byte:02X} at position {position:,} cannot be read in that encoding. Choose another encoding (such as {examples}), or save the file as “CSV UTF-8”.</source>
        <translation>Le fichier {name} n&apos;est pas du texte {encoding}&#xa0;: l&apos;octet 0x{byte:02X} à la position {position:,} ne peut pas être lu dans cet encodage. Choisissez un autre encodage (comme {examples}), ou enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as {encoding} text ({detail}). Choose another encoding, or save the file as “CSV UTF-8”.</source>
        <translation>Impossible de lire le fichier {name} comme du texte {encoding} ({detail}). Choisissez un autre encodage, ou enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>the peak area of {name}: {reason}</source>
        <translation>l&apos;aire du pic de {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{column}” — did you mean {field}?</source>
        <translation>«&#xa0;{column}&#xa0;» — vouliez-vous dire {field}&#xa0;?</translation>
    </message>
    <message>
        <source>{file} has no column for {fields}, which every {thing} needs. Columns not recognised: {columns}. Rename the column (or map it to the field) and import again.</source>
        <translation>{file} n&apos;a pas de colonne pour {fields}&#xa0;; toute fiche de ce type ({thing}) en a besoin. Colonnes non reconnues&#xa0;: {columns}. Renommez la colonne (ou faites-la correspondre au champ) et relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>{count} of them look like {things} ({sheets})</source>
        <translation>{count} d&apos;entre elles semblent contenir des {things} ({sheets})</translation>
    </message>
    <message>
        <source>none of them has column names that are fields of a {thing}</source>
        <translation>aucune d&apos;elles n&apos;a de noms de colonnes correspondant aux champs de ce type de fiche ({thing})</translation>
    </message>
    <message>
        <source>The workbook {name} has several sheets with values and {why}, so LabNet will not guess which to import. Its sheets are: {sheets}. Import it again choosing the sheet (--sheet NAME, or the sheet choice in the import window).</source>
        <translation>Le classeur {name} comporte plusieurs feuilles contenant des valeurs, et {why}&#xa0;; LabNet ne devinera donc pas laquelle importer. Ses feuilles sont&#xa0;: {sheets}. Importez-le de nouveau en choisissant la feuille (--sheet NAME, ou le choix de la feuille dans la fenêtre d&apos;importation).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” was read: it is the only sheet whose column names are fields of a {thing}. The other sheets with values ({others}) were not read.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» a été lue&#xa0;: c&apos;est la seule dont les noms de colonnes correspondent aux champs de ce type de fiche ({thing}). Les autres feuilles contenant des valeurs ({others}) n&apos;ont pas été lues.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheet “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>Le classeur {name} n&apos;a pas de feuille «&#xa0;{sheet}&#xa0;». Ses feuilles sont&#xa0;: {sheets}.</translation>
    </message>
    <message>
        <source>{name} is a CSV file, which has no sheets; import it without choosing a sheet.</source>
        <translation>{name} est un fichier CSV, qui n&apos;a pas de feuilles&#xa0;; importez-le sans choisir de feuille.</translation>
    </message>
    <message>
        <source>{thing} with id {id}</source>
        <translation>la fiche d&apos;identifiant {id} ({thing})</translation>
    </message>
    <message>
        <source>{thing} {key} (id {id})</source>
        <translation>la fiche {key} ({thing}, identifiant {id})</translation>
    </message>
    <message>
        <source>withdrawal {number} from {thing}</source>
        <translation>le prélèvement n° {number} sur {thing}</translation>
    </message>
    <message>
        <source>The attached files were not checked (no attachments folder was given).</source>
        <translation>Les fichiers joints n&apos;ont pas été vérifiés (aucun dossier de pièces jointes n&apos;a été indiqué).</translation>
    </message>
    <message>
        <source>change-log row {seq} ({op} of {thing}) was added outside LabNet: no audit entry vouches for it</source>
        <translation>la ligne {seq} du journal des modifications ({op} de {thing}) a été ajoutée en dehors de LabNet&#xa0;: aucune entrée d&apos;audit n&apos;en atteste</translation>
    </message>
    <message>
        <source>the digests sealed at the migration to schema {schema} (audit entry {entry}) were altered outside LabNet</source>
        <translation>les empreintes scellées lors du passage au schéma {schema} (entrée d&apos;audit {entry}) ont été modifiées en dehors de LabNet</translation>
    </message>
    <message>
        <source>{thing} was deleted outside LabNet: the audit trail records it but it is no longer in the catalogue, and no deletion was recorded</source>
        <translation>{thing} a été supprimée en dehors de LabNet&#xa0;: la piste d&apos;audit l&apos;enregistre, mais elle n&apos;est plus dans le catalogue, et aucune suppression n&apos;a été enregistrée</translation>
    </message>
    <message>
        <source>the deletion record of {thing} was removed outside LabNet</source>
        <translation>la trace de suppression de {thing} a été supprimée en dehors de LabNet</translation>
    </message>
    <message>
        <source>{withdrawal}, recorded in audit entry {entry}, was removed outside LabNet</source>
        <translation>{withdrawal}, consigné dans l&apos;entrée d&apos;audit {entry}, a été supprimé en dehors de LabNet</translation>
    </message>
    <message>
        <source>The records of this catalogue are not yet under the audit chain (it was written before schema {schema}); open it with this version of LabNet to seal them. Only the audit trail itself was checked.</source>
        <translation>Les fiches de ce catalogue ne sont pas encore couvertes par la chaîne d&apos;audit (il a été écrit avant le schéma {schema})&#xa0;; ouvrez-le avec cette version de LabNet pour les sceller. Seule la piste d&apos;audit elle-même a été vérifiée.</translation>
    </message>
    <message>
        <source>the change-log rows {first} to {last}, written with audit entry {entry}, were altered or removed outside LabNet</source>
        <translation>les lignes {first} à {last} du journal des modifications, écrites avec l&apos;entrée d&apos;audit {entry}, ont été modifiées ou supprimées en dehors de LabNet</translation>
    </message>
    <message>
        <source>the digests sealed at the migration to schema {schema} have no audit entry (added outside LabNet)</source>
        <translation>les empreintes scellées lors du passage au schéma {schema} n&apos;ont pas d&apos;entrée d&apos;audit (ajoutées en dehors de LabNet)</translation>
    </message>
    <message>
        <source>{thing} was inserted outside LabNet: no audit entry records it</source>
        <translation>{thing} a été insérée en dehors de LabNet&#xa0;: aucune entrée d&apos;audit ne l&apos;enregistre</translation>
    </message>
    <message>
        <source>a deletion of {thing} was recorded outside LabNet (no audit entry records it)</source>
        <translation>une suppression de {thing} a été enregistrée en dehors de LabNet (aucune entrée d&apos;audit ne l&apos;enregistre)</translation>
    </message>
    <message>
        <source>the deletion record of {thing} was altered outside LabNet</source>
        <translation>la trace de suppression de {thing} a été modifiée en dehors de LabNet</translation>
    </message>
    <message>
        <source>{withdrawal} was recorded outside LabNet (no audit entry records it)</source>
        <translation>{withdrawal} a été consigné en dehors de LabNet (aucune entrée d&apos;audit ne l&apos;enregistre)</translation>
    </message>
    <message>
        <source>{thing} was deleted through LabNet but is in the catalogue again (put back outside LabNet)</source>
        <translation>{thing} a été supprimée via LabNet mais se trouve de nouveau dans le catalogue (remise en place en dehors de LabNet)</translation>
    </message>
    <message>
        <source>{thing} was edited outside LabNet: it differs from its last recorded state</source>
        <translation>{thing} a été modifiée en dehors de LabNet&#xa0;: elle diffère de son dernier état enregistré</translation>
    </message>
    <message>
        <source>{withdrawal} was altered outside LabNet: it differs from audit entry {entry}</source>
        <translation>{withdrawal} a été modifié en dehors de LabNet&#xa0;: il diffère de l&apos;entrée d&apos;audit {entry}</translation>
    </message>
    <message>
        <source>the attached file {name} of {thing} is missing</source>
        <translation>le fichier joint {name} de {thing} est manquant</translation>
    </message>
    <message>
        <source>the attached file {name} is missing</source>
        <translation>le fichier joint {name} est manquant</translation>
    </message>
    <message>
        <source>the attached file {name} of {thing} was altered after it was attached</source>
        <translation>le fichier joint {name} de {thing} a été modifié après avoir été joint</translation>
    </message>
    <message>
        <source>the attached file {name} was altered after it was attached</source>
        <translation>le fichier joint {name} a été modifié après avoir été joint</translation>
    </message>
    <message>
        <source>A backup is being restored into {folder}; open the catalogue again when the restore has finished.</source>
        <translation>Une sauvegarde est en cours de restauration dans {folder}&#xa0;; rouvrez le catalogue lorsque la restauration sera terminée.</translation>
    </message>
    <message>
        <source>The catalogue in {folder} is open in another LabNet program (the window, or a command such as an import or a sync). Close it, then run the restore again; nothing was changed.</source>
        <translation>Le catalogue de {folder} est ouvert dans un autre programme LabNet (la fenêtre, ou une commande telle qu&apos;une importation ou une synchronisation). Fermez-le, puis relancez la restauration&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“{raw}” is {point} in a file with a decimal point but {comma} in a file with a decimal comma, and {why}; write it as {point} or {comma} without a thousands separator, or choose the file&apos;s decimal separator (--decimal-point or --decimal-comma)</source>
        <translation>«&#xa0;{raw}&#xa0;» vaut {point} dans un fichier à point décimal, mais {comma} dans un fichier à virgule décimale, et {why}&#xa0;; écrivez-le {point} ou {comma} sans séparateur de milliers, ou choisissez le séparateur décimal du fichier (--decimal-point ou --decimal-comma)</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>un point décimal</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>une virgule décimale</translation>
    </message>
    <message>
        <source>this column uses both a decimal point and a decimal comma</source>
        <translation>cette colonne utilise à la fois le point décimal et la virgule décimale</translation>
    </message>
    <message>
        <source>no other cell of this column shows whether “{sep}” is the decimal separator</source>
        <translation>aucune autre cellule de cette colonne ne montre si «&#xa0;{sep}&#xa0;» est le séparateur décimal</translation>
    </message>
    <message>
        <source>“{raw}” is written with a {found}, but the file was said to use a {chosen}; correct the cell or choose the other decimal separator</source>
        <translation>«&#xa0;{raw}&#xa0;» est écrit avec {found}, alors que le fichier a été déclaré utiliser {chosen}&#xa0;; corrigez la cellule ou choisissez l&apos;autre séparateur décimal</translation>
    </message>
    <message>
        <source>“{raw}” is written with a {found}, but other cells of this column use the other decimal separator; write every number of the column the same way, or choose the file&apos;s decimal separator (--decimal-point or --decimal-comma)</source>
        <translation>«&#xa0;{raw}&#xa0;» est écrit avec {found}, mais d&apos;autres cellules de cette colonne utilisent l&apos;autre séparateur décimal&#xa0;; écrivez tous les nombres de la colonne de la même façon, ou choisissez le séparateur décimal du fichier (--decimal-point ou --decimal-comma)</translation>
    </message>
    <message>
        <source>The header row must be a row number (1 or more), not {row}.</source>
        <translation>La ligne d&apos;en-tête doit être un numéro de ligne (1 ou plus), et non {row}.</translation>
    </message>
    <message>
        <source>Row {row} of {name}, given as the header row, is blank. Give the number of the row that holds the column names.</source>
        <translation>La ligne {row} de {name}, indiquée comme ligne d&apos;en-tête, est vide. Indiquez le numéro de la ligne qui contient les noms des colonnes.</translation>
    </message>
    <message>
        <source>“{user}” cannot be a user name: use 2 to 32 letters (a–z, without accents), digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>«&#xa0;{user}&#xa0;» ne peut pas être un nom d&apos;utilisateur&#xa0;: utilisez de 2 à 32 lettres (a–z, sans accents), chiffres, points, traits d&apos;union ou traits de soulignement, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Le mot de passe doit comporter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The password may have at most {n} characters.</source>
        <translation>Le mot de passe peut comporter au plus {n} caractères.</translation>
    </message>
    <message>
        <source>The password must not be the user name or the full name.</source>
        <translation>Le mot de passe ne doit être ni le nom d&apos;utilisateur ni le nom complet.</translation>
    </message>
    <message>
        <source>The password must use at least 4 different characters.</source>
        <translation>Le mot de passe doit comporter au moins 4 caractères différents.</translation>
    </message>
    <message>
        <source>This password is one of the most commonly used ones and would be guessed first; choose another.</source>
        <translation>Ce mot de passe fait partie des plus couramment utilisés et serait deviné en premier&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Line {number} of the bulletin file: {reason}</source>
        <translation>Ligne {number} du fichier de bulletins&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The bundle header does not name the hub key it is sealed to.</source>
        <translation>L&apos;en-tête du paquet n&apos;indique pas la clé du serveur pour laquelle il est scellé.</translation>
    </message>
    <message>
        <source>This file is not a LabNet bundle (it does not start with the bundle signature bytes); check that you chose the right file.</source>
        <translation>Ce fichier n&apos;est pas un paquet LabNet (il ne commence pas par les octets de signature des paquets)&#xa0;; vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>This bundle uses format version {version}; this LabNet reads version {expected}. Update LabNet.</source>
        <translation>Ce paquet utilise la version {version} du format&#xa0;; cette installation de LabNet lit la version {expected}. Mettez LabNet à jour.</translation>
    </message>
    <message>
        <source>The bundle declares a header of {size:,} bytes (allowed: 1 to {limit:,}); the file is damaged.</source>
        <translation>Le paquet déclare un en-tête de {size:,} octets (autorisé&#xa0;: de 1 à {limit:,})&#xa0;; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The bundle file is cut short inside its header; copy it again from the source.</source>
        <translation>Le fichier du paquet est tronqué au milieu de son en-tête&#xa0;; copiez-le de nouveau depuis la source.</translation>
    </message>
    <message>
        <source>The bundle file is cut short: it should be {expected:,} bytes but is {size:,}; copy it again from the source.</source>
        <translation>Le fichier du paquet est tronqué&#xa0;: il devrait faire {expected:,} octets mais en fait {size:,}&#xa0;; copiez-le de nouveau depuis la source.</translation>
    </message>
    <message>
        <source>The bundle file has {size:,} unexpected bytes after its signature; it was damaged or altered.</source>
        <translation>Le fichier du paquet contient {size:,} octets inattendus après sa signature&#xa0;; il a été endommagé ou modifié.</translation>
    </message>
    <message>
        <source>The bundle header is not in canonical form; the file was altered.</source>
        <translation>L&apos;en-tête du paquet n&apos;est pas sous forme canonique&#xa0;; le fichier a été modifié.</translation>
    </message>
    <message>
        <source>The bundle header is not a JSON object; the file is not a LabNet bundle.</source>
        <translation>L&apos;en-tête du paquet n&apos;est pas un objet JSON&#xa0;; le fichier n&apos;est pas un paquet LabNet.</translation>
    </message>
    <message>
        <source>The bundle header names format {format} version {version}; this LabNet reads {expected} version 1.</source>
        <translation>L&apos;en-tête du paquet indique le format {format} en version {version}&#xa0;; cette installation de LabNet lit le format {expected} en version 1.</translation>
    </message>
    <message>
        <source>The bundle header has fields LabNet does not know ({fields}).</source>
        <translation>L&apos;en-tête du paquet contient des champs que LabNet ne connaît pas ({fields}).</translation>
    </message>
    <message>
        <source>suite “{suite}” is not known</source>
        <translation>la suite de chiffrement «&#xa0;{suite}&#xa0;» est inconnue</translation>
    </message>
    <message>
        <source>compression “{compression}” is not known (only {known})</source>
        <translation>la compression «&#xa0;{compression}&#xa0;» est inconnue (valeurs connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>part_index must lie between 1 and part_count</source>
        <translation>part_index doit être compris entre 1 et part_count</translation>
    </message>
    <message>
        <source>seq_from is after seq_to</source>
        <translation>seq_from est postérieur à seq_to</translation>
    </message>
    <message>
        <source>created_at must be a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>created_at doit être une heure UTC au format YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>The bundle header is malformed: {problems}.</source>
        <translation>L&apos;en-tête du paquet est mal formé&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>The bundle file is cut short (it ends inside its first bytes); copy it again.</source>
        <translation>Le fichier du paquet est tronqué (il s&apos;arrête dès ses premiers octets)&#xa0;; copiez-le de nouveau.</translation>
    </message>
    <message>
        <source>The bundle header {reason}; the file is damaged.</source>
        <translation>L&apos;en-tête du paquet {reason}&#xa0;; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The bundle header&apos;s “{field}” is missing or is not text.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» de l&apos;en-tête du paquet est absent ou n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>{field} must be 1 to 100 characters</source>
        <translation>{field} doit compter de 1 à 100 caractères</translation>
    </message>
    <message>
        <source>{field} must be 64 lowercase hex digits</source>
        <translation>{field} doit se composer de 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>One record is too large to fit in a bundle of {limit:,} bytes; raise the bundle size limit.</source>
        <translation>Une fiche est trop volumineuse pour tenir dans un paquet de {limit:,} octets&#xa0;; augmentez la taille maximale des paquets.</translation>
    </message>
    <message>
        <source>the compressed payload is empty</source>
        <translation>le contenu compressé est vide</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} is cut short</source>
        <translation>la trame zstd à l&apos;octet {offset} est tronquée</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} sets its reserved bit</source>
        <translation>la trame zstd à l&apos;octet {offset} active son bit réservé</translation>
    </message>
    <message>
        <source>a skippable frame at byte {offset}: its bytes are in no digest</source>
        <translation>une trame ignorable à l&apos;octet {offset}&#xa0;: ses octets ne sont couverts par aucune empreinte</translation>
    </message>
    <message>
        <source>the bytes at {offset} are not a zstd frame</source>
        <translation>les octets à la position {offset} ne sont pas une trame zstd</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} has a block of the reserved type</source>
        <translation>la trame zstd à l&apos;octet {offset} contient un bloc de type réservé</translation>
    </message>
    <message>
        <source>The bundle header&apos;s “{field}” is missing or is not a whole number.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» de l&apos;en-tête du paquet est absent ou n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{value} is not allowed in LabNet JSON</source>
        <translation>le JSON de LabNet n&apos;admet pas {value}</translation>
    </message>
    <message>
        <source>an object names the same key twice</source>
        <translation>un objet contient deux fois la même clé</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: {reason}</source>
        <translation>ne peut pas s&apos;écrire en JSON canonique&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason} at character {position})</source>
        <translation>n&apos;est pas du JSON valide ({reason} au caractère {position})</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>comporte trop de niveaux d&apos;imbrication</translation>
    </message>
    <message>
        <source>is not acceptable JSON ({reason})</source>
        <translation>n&apos;est pas du JSON acceptable ({reason})</translation>
    </message>
    <message>
        <source>The hub at {hub} answered with key {key}…, not the key {expected}… the enrolment code names; nothing was changed. Check the address with the hub&apos;s administrator.</source>
        <translation>Le serveur à l&apos;adresse {hub} a répondu avec la clé {key}…, et non avec la clé {expected}… indiquée par le code d&apos;inscription&#xa0;; rien n&apos;a été modifié. Vérifiez l&apos;adresse auprès de l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>the hub refused the enrolment: {reason}</source>
        <translation>le serveur a refusé l&apos;inscription&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>this laboratory is not enrolled with a hub yet; enrol with the code from the hub&apos;s administrator (labnet enrol CODE)</source>
        <translation>ce laboratoire n&apos;est pas encore inscrit auprès d&apos;un serveur&#xa0;; inscrivez-vous avec le code fourni par l&apos;administrateur du serveur (labnet enrol CODE)</translation>
    </message>
    <message>
        <source>{path} is damaged; enrol again with the hub&apos;s code</source>
        <translation>{path} est endommagé&#xa0;; inscrivez-vous de nouveau avec le code du serveur</translation>
    </message>
    <message>
        <source>the hub did not say what it holds of this laboratory&apos;s records: {reason}</source>
        <translation>le serveur n&apos;a pas indiqué lesquelles des fiches de ce laboratoire il détient&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s list of the records it holds arrived incomplete; LabNet will try again</source>
        <translation>la liste des fiches que détient le serveur est arrivée incomplète&#xa0;; LabNet réessaiera</translation>
    </message>
    <message>
        <source>Bundle {bundle} does not carry the id its laboratory, hub key and payload derive; it was refused unread and reserves no id.</source>
        <translation>Le paquet {bundle} ne porte pas l&apos;identifiant que dérivent son laboratoire, la clé du serveur et son contenu&#xa0;; il a été refusé sans être lu et ne réserve aucun identifiant.</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete (no {header}); the link is poor, LabNet will try again</source>
        <translation>la réponse du serveur est arrivée incomplète (en-tête {header} manquant)&#xa0;; la liaison est mauvaise, LabNet réessaiera</translation>
    </message>
    <message>
        <source>the hub did not give its identity: {reason}</source>
        <translation>le serveur n&apos;a pas donné son identité&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub refused to sign this laboratory in: {reason}</source>
        <translation>le serveur a refusé la connexion de ce laboratoire&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub did not send its bulletins: {reason}</source>
        <translation>le serveur n&apos;a pas envoyé ses bulletins&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub sent bulletins out of order; they were not kept</source>
        <translation>le serveur a envoyé des bulletins dans le désordre&#xa0;; ils n&apos;ont pas été conservés</translation>
    </message>
    <message>
        <source>sign in to the hub first</source>
        <translation>connectez-vous d&apos;abord au serveur</translation>
    </message>
    <message>
        <source>the hub did not accept this laboratory&apos;s new keys: {reason}</source>
        <translation>le serveur n&apos;a pas accepté les nouvelles clés de ce laboratoire&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the sign-in arrived incomplete; LabNet will try again</source>
        <translation>la réponse du serveur à la connexion est arrivée incomplète&#xa0;; LabNet réessaiera</translation>
    </message>
    <message>
        <source>the hub refused the upload: {reason}</source>
        <translation>le serveur a refusé l&apos;envoi&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub refused bundle {bundle}: {reason}; it will be sealed and sent again at the next sync</source>
        <translation>le serveur a refusé le paquet {bundle}&#xa0;: {reason}&#xa0;; il sera scellé et envoyé de nouveau à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>no receipt for bundle {bundle}: {reason}</source>
        <translation>aucun accusé de réception pour le paquet {bundle}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub refused a chunk: {reason}</source>
        <translation>le serveur a refusé un fragment&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub at {hub} cannot be reached ({error}); LabNet will try again later</source>
        <translation>le serveur à l&apos;adresse {hub} est injoignable ({error})&#xa0;; LabNet réessaiera plus tard</translation>
    </message>
    <message>
        <source>the upload is no longer at the hub: {reason}</source>
        <translation>l&apos;envoi n&apos;est plus présent sur le serveur&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the upload was lost at the hub: {reason}</source>
        <translation>l&apos;envoi a été perdu sur le serveur&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}&#xa0;; {rest}</translation>
    </message>
    <message>
        <source>The sharing policy {path} has problems</source>
        <translation>La politique de partage {path} présente des problèmes</translation>
    </message>
    <message>
        <source>The sharing policy has problems</source>
        <translation>La politique de partage présente des problèmes</translation>
    </message>
    <message>
        <source>{where}; nothing was shared: {problems}.</source>
        <translation>{where}&#xa0;; rien n&apos;a été partagé&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}&#xa0;; et {count} autre(s)</translation>
    </message>
    <message>
        <source>The account “{user}” was changed outside LabNet (it is not as the audit trail last recorded it), so it may not sign in. Run “labnet audit verify” to see what changed and tell your quality manager; an administrator can set the account right, and the audit trail records it.</source>
        <translation>Le compte «&#xa0;{user}&#xa0;» a été modifié en dehors de LabNet (il ne correspond plus à ce que la piste d&apos;audit a enregistré en dernier)&#xa0;; il ne peut donc pas se connecter. Exécutez «&#xa0;labnet audit verify&#xa0;» pour voir ce qui a changé et prévenez votre responsable qualité&#xa0;; un administrateur peut rétablir le compte, et la piste d&apos;audit l&apos;enregistre.</translation>
    </message>
    <message>
        <source>The account “{user}” was added outside LabNet (no audit entry records it), so it may not sign in. Run “labnet audit verify” and tell your quality manager.</source>
        <translation>Le compte «&#xa0;{user}&#xa0;» a été ajouté en dehors de LabNet (aucune entrée d&apos;audit ne l&apos;enregistre)&#xa0;; il ne peut donc pas se connecter. Exécutez «&#xa0;labnet audit verify&#xa0;» et prévenez votre responsable qualité.</translation>
    </message>
    <message>
        <source>The accounts of this catalogue are already under the audit trail, yet its schema number says they are not: the file was changed outside LabNet. Keep it as it is for investigation and tell your quality manager.</source>
        <translation>Les comptes de ce catalogue sont déjà couverts par la piste d&apos;audit, mais son numéro de schéma indique le contraire&#xa0;: le fichier a été modifié en dehors de LabNet. Conservez-le en l&apos;état pour enquête et prévenez votre responsable qualité.</translation>
    </message>
    <message>
        <source>the role of the account “{user}” was changed outside LabNet: {before} in its last audit entry ({entry}), {after} in the catalogue</source>
        <translation>le rôle du compte «&#xa0;{user}&#xa0;» a été modifié en dehors de LabNet&#xa0;: {before} dans sa dernière entrée d&apos;audit ({entry}), {after} dans le catalogue</translation>
    </message>
    <message>
        <source>the password of the account “{user}” was changed outside LabNet: it is not the one its last audit entry ({entry}) records</source>
        <translation>le mot de passe du compte «&#xa0;{user}&#xa0;» a été modifié en dehors de LabNet&#xa0;: ce n&apos;est pas celui qu&apos;enregistre sa dernière entrée d&apos;audit ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” was altered outside LabNet ({columns}): it differs from its last audit entry ({entry})</source>
        <translation>le compte «&#xa0;{user}&#xa0;» a été modifié en dehors de LabNet ({columns})&#xa0;: il diffère de sa dernière entrée d&apos;audit ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” was altered outside LabNet: it differs from its last audit entry ({entry})</source>
        <translation>le compte «&#xa0;{user}&#xa0;» a été modifié en dehors de LabNet&#xa0;: il diffère de sa dernière entrée d&apos;audit ({entry})</translation>
    </message>
    <message>
        <source>the account “{user}” ({role}) was added outside LabNet: no audit entry records it</source>
        <translation>le compte «&#xa0;{user}&#xa0;» ({role}) a été ajouté en dehors de LabNet&#xa0;: aucune entrée d&apos;audit ne l&apos;enregistre</translation>
    </message>
    <message>
        <source>the account “{user}” was deleted outside LabNet: audit entry {entry} records it but it is no longer in the catalogue</source>
        <translation>le compte «&#xa0;{user}&#xa0;» a été supprimé en dehors de LabNet&#xa0;: l&apos;entrée d&apos;audit {entry} l&apos;enregistre, mais il n&apos;est plus dans le catalogue</translation>
    </message>
    <message>
        <source>The accounts already in this catalogue when it was updated to schema {schema} ({time}, from audit entry {entry}) were sealed as they were then: they are checked from that moment on, and a change made to them before it cannot be seen.</source>
        <translation>Les comptes déjà présents dans ce catalogue lors de sa mise à jour vers le schéma {schema} ({time}, à partir de l&apos;entrée d&apos;audit {entry}) ont été scellés tels qu&apos;ils étaient alors&#xa0;: ils sont vérifiés à partir de ce moment, et une modification qui leur a été apportée auparavant ne peut pas être décelée.</translation>
    </message>
    <message>
        <source>the account “{user}” was enabled outside LabNet: its last audit entry ({entry}) records it disabled</source>
        <translation>le compte «&#xa0;{user}&#xa0;» a été réactivé en dehors de LabNet&#xa0;: sa dernière entrée d&apos;audit ({entry}) l&apos;enregistre comme désactivé</translation>
    </message>
    <message>
        <source>The accounts of this catalogue are not yet under the audit chain (it was written before schema {schema}); open it with this version of LabNet to seal them.</source>
        <translation>Les comptes de ce catalogue ne sont pas encore couverts par la chaîne d&apos;audit (il a été écrit avant le schéma {schema})&#xa0;; ouvrez-le avec cette version de LabNet pour les sceller.</translation>
    </message>
    <message>
        <source>the account “{user}” was disabled outside LabNet: its last audit entry ({entry}) records it enabled</source>
        <translation>le compte «&#xa0;{user}&#xa0;» a été désactivé en dehors de LabNet&#xa0;: sa dernière entrée d&apos;audit ({entry}) l&apos;enregistre comme actif</translation>
    </message>
    <message>
        <source>the state of the account “{user}” was altered outside LabNet: it differs from its last audit entry ({entry})</source>
        <translation>l&apos;état du compte «&#xa0;{user}&#xa0;» a été modifié en dehors de LabNet&#xa0;: il diffère de sa dernière entrée d&apos;audit ({entry})</translation>
    </message>
    <message>
        <source>This catalogue has no accounts left, though its audit trail records some: they were deleted outside LabNet, so nobody may change it. Run “labnet audit verify” and tell your quality manager; to keep working, restore a backup into another folder.</source>
        <translation>Ce catalogue n&apos;a plus aucun compte, alors que sa piste d&apos;audit en enregistre&#xa0;: ils ont été supprimés en dehors de LabNet, si bien que personne ne peut le modifier. Exécutez «&#xa0;labnet audit verify&#xa0;» et prévenez votre responsable qualité&#xa0;; pour continuer à travailler, restaurez une sauvegarde dans un autre dossier.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported; nothing was written. Import it again.</source>
        <translation>Le fichier {name} a changé pendant son importation&#xa0;; rien n&apos;a été écrit. Importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The records already in this catalogue when it was updated to schema {schema} ({time}, audit entry {entry}) were sealed as they were then: they are checked from that moment on, and a change made to them before it cannot be seen.</source>
        <translation>Les fiches déjà présentes dans ce catalogue lors de sa mise à jour vers le schéma {schema} ({time}, entrée d&apos;audit {entry}) ont été scellées telles qu&apos;elles étaient alors&#xa0;: elles sont vérifiées à partir de ce moment, et une modification qui leur a été apportée auparavant ne peut pas être décelée.</translation>
    </message>
    <message>
        <source>“{url}” is not a hub address; it starts with https:// (or http://).</source>
        <translation>«&#xa0;{url}&#xa0;» n&apos;est pas une adresse de serveur&#xa0;; une telle adresse commence par https:// (ou http://).</translation>
    </message>
    <message>
        <source>The hub refused: {reason}</source>
        <translation>Le serveur a refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub at {hub} cannot be reached ({error})</source>
        <translation>le serveur à l&apos;adresse {hub} est injoignable ({error})</translation>
    </message>
    <message>
        <source>The hub&apos;s answer is not JSON; is this address a LabNet hub?</source>
        <translation>La réponse du serveur n&apos;est pas du JSON&#xa0;; cette adresse est-elle bien celle d&apos;un serveur LabNet&#xa0;?</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Impossible de lire {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} already holds this folder&apos;s identity; LabNet never overwrites keys. Use “labnet identity rotate” for new keys, or choose another --data-dir.</source>
        <translation>{path} contient déjà l&apos;identité de ce dossier&#xa0;; LabNet n&apos;écrase jamais des clés. Utilisez «&#xa0;labnet identity rotate&#xa0;» pour obtenir de nouvelles clés, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>The key file says it is version 1 but holds version 2 keys; it was altered. Restore it from a backup.</source>
        <translation>Le fichier de clés indique être en version 1 mais contient des clés de version 2&#xa0;; il a été modifié. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file&apos;s identity does not match its keys; the file was altered.</source>
        <translation>L&apos;identité du fichier de clés ne correspond pas à ses clés&#xa0;; le fichier a été modifié.</translation>
    </message>
    <message>
        <source>This computer has no usable system keyring; protect the keys with a passphrase.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau du système utilisable&#xa0;; protégez les clés avec une phrase secrète.</translation>
    </message>
    <message>
        <source>The system keyring holds no key for this identity ({service}, {account}); it was removed, or this is another user account.</source>
        <translation>Le trousseau du système ne contient aucune clé pour cette identité ({service}, {account})&#xa0;; elle a été supprimée, ou il s&apos;agit d&apos;un autre compte utilisateur.</translation>
    </message>
    <message>
        <source>The passphrase is too short; use at least {count} characters (a few unrelated words are easy to remember and hard to guess).</source>
        <translation>La phrase secrète est trop courte&#xa0;; utilisez au moins {count} caractères (quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner).</translation>
    </message>
    <message>
        <source>The laboratory&apos;s keys are protected by a passphrase; give it at the prompt, in {variable}, or with --passphrase-file.</source>
        <translation>Les clés du laboratoire sont protégées par une phrase secrète&#xa0;; indiquez-la à l&apos;invite, dans la variable {variable} ou avec --passphrase-file.</translation>
    </message>
    <message>
        <source>The key file uses a protection LabNet does not know ({method}).</source>
        <translation>Le fichier de clés utilise une protection que LabNet ne connaît pas ({method}).</translation>
    </message>
    <message>
        <source>The key kept in the system keyring does not open the key file; it was replaced or the key file was altered.</source>
        <translation>La clé conservée dans le trousseau du système n&apos;ouvre pas le fichier de clés&#xa0;; elle a été remplacée ou le fichier de clés a été modifié.</translation>
    </message>
    <message>
        <source>This data folder has no laboratory identity yet ({path} is missing); create one with “labnet init --lab NAME --country CC”.</source>
        <translation>Ce dossier de données n&apos;a pas encore d&apos;identité de laboratoire ({path} est absent)&#xa0;; créez-en une avec «&#xa0;labnet init --lab NAME --country CC&#xa0;».</translation>
    </message>
    <message>
        <source>{path} is not a LabNet key file or is damaged; restore it from a backup.</source>
        <translation>{path} n&apos;est pas un fichier de clés LabNet ou est endommagé&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Nothing was left half-written; make room or choose another place, then try again.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}. Rien n&apos;est resté à moitié écrit&#xa0;; libérez de la place ou choisissez un autre emplacement, puis réessayez.</translation>
    </message>
    <message>
        <source>No system keyring is available (the Python package “keyring” is not installed); protect the keys with a passphrase instead.</source>
        <translation>Aucun trousseau du système n&apos;est disponible (le module Python «&#xa0;keyring&#xa0;» n&apos;est pas installé)&#xa0;; protégez plutôt les clés avec une phrase secrète.</translation>
    </message>
    <message>
        <source>The key file&apos;s protection settings are damaged; restore it from a backup.</source>
        <translation>Les paramètres de protection du fichier de clés sont endommagés&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the key file was altered); nothing was changed. Try again, taking care of capitals and spaces.</source>
        <translation>La phrase secrète est incorrecte (ou le fichier de clés a été modifié)&#xa0;; rien n&apos;a été modifié. Réessayez en faisant attention aux majuscules et aux espaces.</translation>
    </message>
    <message>
        <source>the disk or stick is full</source>
        <translation>il n&apos;y a plus de place sur le disque ou la clé USB</translation>
    </message>
    <message>
        <source>This record has no version {version}.</source>
        <translation>Cette fiche n&apos;a pas de version {version}.</translation>
    </message>
    <message>
        <source>No {thing} with id {id} has ever been recorded in this catalogue.</source>
        <translation>Aucune fiche ({thing}) d&apos;identifiant {id} n&apos;a jamais été enregistrée dans ce catalogue.</translation>
    </message>
    <message>
        <source>Version {version} of this {thing} cannot be restored: the audit trail holds who wrote it, when, and the digest of its values, but not the values themselves.</source>
        <translation>La version {version} de cette fiche ({thing}) ne peut pas être restaurée&#xa0;: la piste d&apos;audit indique qui l&apos;a écrite, quand, et l&apos;empreinte de ses valeurs, mais pas les valeurs elles-mêmes.</translation>
    </message>
    <message>
        <source>Version {version} of this {thing} cannot be restored: the values recovered from the audit trail do not match the digest recorded when it was written. Run an audit verification.</source>
        <translation>La version {version} de cette fiche ({thing}) ne peut pas être restaurée&#xa0;: les valeurs retrouvées dans la piste d&apos;audit ne correspondent pas à l&apos;empreinte enregistrée lors de son écriture. Lancez une vérification de l&apos;audit.</translation>
    </message>
    <message>
        <source>Version {version} has the same values as the current one: there is nothing to restore.</source>
        <translation>La version {version} a les mêmes valeurs que la version actuelle&#xa0;: il n&apos;y a rien à restaurer.</translation>
    </message>
    <message>
        <source>Column “{column}” ({letter}) is not a field of a {thing}; it was ignored. Did you mean “{name}”?</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» ({letter}) n&apos;est pas un champ de ce type de fiche ({thing})&#xa0;; elle a été ignorée. Vouliez-vous dire «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Column “{column}” ({letter}) is not a field of a {thing}; it was ignored.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» ({letter}) n&apos;est pas un champ de ce type de fiche ({thing})&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has no rows under its header row.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier n&apos;a aucune ligne sous sa ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Nothing was written, because {why} (listed below). Correct them in the file and import it again, or import again skipping invalid rows to bring in only {rest}.</source>
        <translation>Rien n&apos;a été écrit, car {why} (voir la liste ci-dessous). Corrigez-les dans le fichier et relancez l&apos;importation, ou relancez-la en laissant de côté les lignes non valides pour importer seulement {rest}.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Importing would give: {inserted:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>Essai à blanc, rien n&apos;a été écrit. L&apos;importation donnerait — ajoutées&#xa0;: {inserted:,}, mises à jour&#xa0;: {updated:,}, inchangées&#xa0;: {unchanged:,}.</translation>
    </message>
    <message>
        <source>{summary} {skipped}</source>
        <translation>{summary} {skipped}</translation>
    </message>
    <message>
        <source>Dry run: this import would be refused, because {why} (listed below). Correct them in the file and import it again, or import again skipping invalid rows to bring in only {rest}.</source>
        <translation>Essai à blanc&#xa0;: cette importation serait refusée, car {why} (voir la liste ci-dessous). Corrigez-les dans le fichier et relancez l&apos;importation, ou relancez-la en laissant de côté les lignes non valides pour importer seulement {rest}.</translation>
    </message>
    <message>
        <source>Imported: {inserted:,} added, {updated:,} updated, {unchanged:,} unchanged.</source>
        <translation>Importation terminée — ajoutées&#xa0;: {inserted:,}, mises à jour&#xa0;: {updated:,}, inchangées&#xa0;: {unchanged:,}.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The import stopped: the process reading the file ended unexpectedly (exit code {code}). Nothing was written. Import the file again.</source>
        <translation>L&apos;importation s&apos;est arrêtée&#xa0;: le processus qui lisait le fichier s&apos;est terminé de façon inattendue (code de sortie {code}). Rien n&apos;a été écrit. Importez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows of data under it.</source>
        <translation>{name} a une ligne d&apos;en-tête mais aucune ligne de données en dessous.</translation>
    </message>
    <message>
        <source>Only reference samples have a stock to run low.</source>
        <translation>Seuls les échantillons de référence ont un stock qui peut baisser.</translation>
    </message>
    <message>
        <source>What this proves: no entry of the audit trail was altered, removed or added, and every record, deletion, account and attached file is exactly as LabNet last recorded it; a change made with another tool (sqlite3, a hex editor, one table copied from elsewhere) is named above.</source>
        <translation>Ce que cela prouve&#xa0;: aucune entrée de la piste d&apos;audit n&apos;a été modifiée, supprimée ou ajoutée, et chaque fiche, suppression, compte et fichier joint est exactement tel que LabNet l&apos;a enregistré en dernier&#xa0;; une modification faite avec un autre outil (sqlite3, un éditeur hexadécimal, une table copiée d&apos;ailleurs) est signalée ci-dessus.</translation>
    </message>
    <message>
        <source>What it cannot prove: someone who has the catalogue file and recomputes every digest, the whole chain and its head can make a forgery this check accepts (a copy of the chain&apos;s head kept elsewhere, such as a backup, shows it); and a change made through LabNet is not hidden but recorded, with who and when, in the audit trail.</source>
        <translation>Ce que cela ne peut pas prouver&#xa0;: quelqu&apos;un qui dispose du fichier du catalogue et recalcule chaque empreinte, toute la chaîne et sa tête peut fabriquer un faux que cette vérification accepte (une copie de la tête de la chaîne conservée ailleurs, par exemple une sauvegarde, le révèle)&#xa0;; et une modification faite dans LabNet n&apos;est pas cachée mais enregistrée, avec qui et quand, dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Register of reference standards</source>
        <translation>Registre des étalons de référence</translation>
    </message>
    <message>
        <source>Past their expiry date and not consumed or disposed of: {expired}. Without an attached certificate: {missing}.</source>
        <translation>Périmés et ni consommés ni éliminés&#xa0;: {expired}. Sans certificat joint&#xa0;: {missing}.</translation>
    </message>
    <message>
        <source>Custody history of reference standard {code}</source>
        <translation>Historique de traçabilité de l&apos;étalon de référence {code}</translation>
    </message>
    <message>
        <source>Withdrawals (usage log)</source>
        <translation>Prélèvements (registre d&apos;utilisation)</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>Modifications (piste d&apos;audit)</translation>
    </message>
    <message>
        <source>no requalification date</source>
        <translation>pas de date de requalification</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>échue</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours de validité</translation>
    </message>
    <message>
        <source>Competence record of {staff}</source>
        <translation>Dossier de compétence de {staff}</translation>
    </message>
    <message>
        <source>Competence matrix</source>
        <translation>Matrice des compétences</translation>
    </message>
    <message>
        <source>As on {day}. Each cell gives the latest authorisation&apos;s requalification date (“overdue” when it has passed); “in training” when there are records but no authorisation; empty when there is nothing.</source>
        <translation>Au {day}. Chaque case donne la date de requalification de la dernière habilitation («&#xa0;échue&#xa0;» si elle est passée)&#xa0;; «&#xa0;en formation&#xa0;» s&apos;il y a des fiches mais aucune habilitation&#xa0;; vide s&apos;il n&apos;y a rien.</translation>
    </message>
    <message>
        <source>Extract of the audit trail</source>
        <translation>Extrait de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Verification of the whole catalogue</source>
        <translation>Vérification de tout le catalogue</translation>
    </message>
    <message>
        <source>The register holds no reference standard.</source>
        <translation>Le registre ne contient aucun étalon de référence.</translation>
    </message>
    <message>
        <source>Nothing has been withdrawn from this standard.</source>
        <translation>Rien n&apos;a été prélevé sur cet étalon.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>No training record names the staff member “{staff}”.</source>
        <translation>Aucune fiche de formation ne nomme le membre du personnel «&#xa0;{staff}&#xa0;».</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Authorisations and requalifications</source>
        <translation>Habilitations et requalifications</translation>
    </message>
    <message>
        <source>Proficiency tests</source>
        <translation>Essais d&apos;aptitude</translation>
    </message>
    <message>
        <source>The catalogue holds no training record.</source>
        <translation>Le catalogue ne contient aucune fiche de formation.</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>habilité</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>échue depuis le {day}</translation>
    </message>
    <message>
        <source>The audit trail names no record “{record}” (an id, an inventory code or a lab sample number).</source>
        <translation>La piste d&apos;audit ne nomme aucune fiche «&#xa0;{record}&#xa0;» (un identifiant, un code d&apos;inventaire ou un numéro d&apos;échantillon du laboratoire).</translation>
    </message>
    <message>
        <source>The period ends ({until}) before it begins ({since}).</source>
        <translation>La période se termine ({until}) avant de commencer ({since}).</translation>
    </message>
    <message>
        <source>The period holds {count:,} audit entries, more than a report of {most:,} can show; choose a shorter period.</source>
        <translation>La période contient {count:,} entrées d&apos;audit, plus qu&apos;un rapport de {most:,} ne peut en montrer&#xa0;; choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>No audit entry falls in this extract.</source>
        <translation>Aucune entrée d&apos;audit ne tombe dans cet extrait.</translation>
    </message>
    <message>
        <source>Everything matches the audit trail: {entries:,} entries chained one to the next; {records:,} records, {deleted:,} deletions, {accounts:,} accounts and {files:,} attached files as the trail last recorded them.</source>
        <translation>Tout correspond à la piste d&apos;audit&#xa0;: {entries:,} entrées chaînées l&apos;une à la suivante&#xa0;; {records:,} fiches, {deleted:,} suppressions, {accounts:,} comptes et {files:,} fichiers joints tels que la piste les a enregistrés en dernier.</translation>
    </message>
    <message>
        <source>The catalogue does not match its audit trail ({count:,} findings). Keep this catalogue as it is for investigation and tell your quality manager.</source>
        <translation>Le catalogue ne correspond pas à sa piste d&apos;audit ({count:,} constats). Conservez ce catalogue tel quel pour enquête et prévenez votre responsable qualité.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Prélevé le</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Left after</source>
        <translation>Reste après</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Prélevé par</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Authorised on</source>
        <translation>Habilité le</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun enregistrement.</translation>
    </message>
    <message>
        <source>in training</source>
        <translation>en formation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No reference standard has the inventory code or id “{code}”.</source>
        <translation>Aucun étalon de référence n&apos;a le code d&apos;inventaire ou l&apos;identifiant «&#xa0;{code}&#xa0;».</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>Seul un administrateur ou un responsable qualité peut restaurer une version antérieure d&apos;une fiche.</translation>
    </message>
    <message>
        <source>“{text}” must be 1 or more</source>
        <translation>«&#xa0;{text}&#xa0;» doit valoir 1 ou plus</translation>
    </message>
    <message>
        <source>“{text}” must be 0 or more</source>
        <translation>«&#xa0;{text}&#xa0;» doit valoir 0 ou plus</translation>
    </message>
    <message>
        <source>“{text}” is not a port (1 to 65535)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un port (1 à 65535)</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>“{text}” must lie between 0 and 1, both excluded (e.g. 0.01 for 1 %)</source>
        <translation>«&#xa0;{text}&#xa0;» doit être compris entre 0 et 1, exclus (p. ex. 0.01 pour 1 %)</translation>
    </message>
    <message>
        <source>“{text}” must be a number above 0</source>
        <translation>«&#xa0;{text}&#xa0;» doit être un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} est dans le futur</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>“{text}” is not a date written YYYY-MM-DD</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>There is no catalogue in {folder} to back up.</source>
        <translation>Il n&apos;y a pas de catalogue à sauvegarder dans {folder}.</translation>
    </message>
    <message>
        <source>{exchange}  {kind} {substance}{amount}: {state} (from {requester} to {provider}; you: {role}; next: {allowed})</source>
        <translation>{exchange}  {kind} {substance}{amount}&#xa0;: {state} (de {requester} à {provider}&#xa0;; vous&#xa0;: {role}&#xa0;; ensuite&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>No laboratory offers anything to the network yet.</source>
        <translation>Aucun laboratoire ne propose encore rien au réseau.</translation>
    </message>
    <message>
        <source>{offer}  {lab}: {kind} {substance}{amount}  {fields}</source>
        <translation>{offer}  {lab}&#xa0;: {kind} {substance}{amount}  {fields}</translation>
    </message>
    <message>
        <source>No exchange yet.</source>
        <translation>Aucun échange pour l&apos;instant.</translation>
    </message>
    <message>
        <source>labnet: there is no exchange {exchange} for this laboratory.</source>
        <translation>labnet&#xa0;: il n&apos;y a pas d&apos;échange {exchange} pour ce laboratoire.</translation>
    </message>
    <message>
        <source>  {step}. {action} by {by} at {at} (laboratory {lab}); condition: {condition}; courier: {courier}</source>
        <translation>  {step}. {action} par {by} le {at} (laboratoire {lab})&#xa0;; état constaté&#xa0;: {condition}&#xa0;; transporteur&#xa0;: {courier}</translation>
    </message>
    <message>
        <source>labnet: the exchanges as last seen from the hub:</source>
        <translation>labnet&#xa0;: les échanges tels que vus du serveur la dernière fois&#xa0;:</translation>
    </message>
    <message>
        <source>Offer {offer}: {substance} ({kind}).</source>
        <translation>Offre {offer}&#xa0;: {substance} ({kind}).</translation>
    </message>
    <message>
        <source>Offer {offer} withdrawn.</source>
        <translation>Offre {offer} retirée.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Follow-up {id} asked of peer network {peer}; the answer comes as a bulletin.</source>
        <translation>Demande de détails {id} adressée au réseau pair {peer}&#xa0;; la réponse arrivera sous forme de bulletin.</translation>
    </message>
    <message>
        <source>Follow-up {id} {state}.</source>
        <translation>Demande de détails {id}&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>{side} · peer {peer} · {method}: record {record} ~ {hit} (query {query}), score {score}, LR {lr}</source>
        <translation>{side} · pair {peer} · {method}&#xa0;: fiche {record} ~ {hit} (requête {query}), score {score}, RV {lr}</translation>
    </message>
    <message>
        <source>No cross-network hit yet.</source>
        <translation>Aucune correspondance inter-réseaux pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{id} · {side} · peer {peer} · record {record}: {state}{released}</source>
        <translation>{id} · {side} · pair {peer} · fiche {record}&#xa0;: {state}{released}</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>Aucune demande de détails pour l&apos;instant.</translation>
    </message>
    <message>
        <source>proficiency test {name} closed: the round&apos;s summary</source>
        <translation>essai d&apos;aptitude {name} clos&#xa0;: la synthèse du tour</translation>
    </message>
    <message>
        <source>exchange {exchange} ({substance}): {action} by {lab}, now {state}</source>
        <translation>échange {exchange} ({substance})&#xa0;: {action} par {lab}, désormais {state}</translation>
    </message>
    <message>
        <source>The audit entries of record {record}.</source>
        <translation>Les entrées d&apos;audit de la fiche {record}.</translation>
    </message>
    <message>
        <source>The audit entries made from {since} to {until} (whole days, UTC).</source>
        <translation>Les entrées d&apos;audit faites du {since} au {until} (journées entières, UTC).</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {reason}</source>
        <translation>Ligne {row}, colonne «&#xa0;{column}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was read from {name}: some of its numbers cannot be read for sure.
{cells}{more}</source>
        <translation>Rien n&apos;a été lu dans {name}&#xa0;: certains de ses nombres ne peuvent pas être lus avec certitude.
{cells}{more}</translation>
    </message>
    <message>
        <source>The method&apos;s threshold links more than {cap} pairs ({found} after comparing {queries} profiles with {compared} stored profiles): it is too loose for this network. Calibrate the method at a lower false-positive rate.</source>
        <translation>Le seuil de la méthode lie plus de {cap} paires ({found} après la comparaison de {queries} profils avec {compared} profils enregistrés)&#xa0;: il est trop permissif pour ce réseau. Calibrez la méthode avec un taux de faux positifs plus faible.</translation>
    </message>
    <message>
        <source>The method&apos;s threshold links more than {cap} pairs ({found} after {percent} % of the {pairs} comparisons): it is too loose for this catalogue. Calibrate the method at a lower false-positive rate.</source>
        <translation>Le seuil de la méthode lie plus de {cap} paires ({found} après {percent}&#xa0;% des {pairs} comparaisons)&#xa0;: il est trop permissif pour ce catalogue. Calibrez la méthode avec un taux de faux positifs plus faible.</translation>
    </message>
    <message>
        <source>Algorithm A did not converge on {what} in {n} iterations.</source>
        <translation>L&apos;algorithme A n&apos;a pas convergé sur {what} en {n} itérations.</translation>
    </message>
    <message>
        <source>{what} holds a value that is not a finite number ({value}).</source>
        <translation>{what} contient une valeur qui n&apos;est pas un nombre fini ({value}).</translation>
    </message>
    <message>
        <source>{what} have no spread: at least half of them are equal, so Algorithm A has no robust standard deviation to work with. Give the round a reference value and σ_pt instead.</source>
        <translation>{what} n&apos;ont aucune dispersion&#xa0;: au moins la moitié sont égaux, l&apos;algorithme A n&apos;a donc pas d&apos;écart-type robuste sur lequel travailler. Donnez plutôt au tour une valeur de référence et un σ_pt.</translation>
    </message>
    <message>
        <source>σ_pt must be a positive number, not {sigma}.</source>
        <translation>σ_pt doit être un nombre positif, et non {sigma}.</translation>
    </message>
    <message>
        <source>A result must be a finite number, not {value}.</source>
        <translation>Un résultat doit être un nombre fini, et non {value}.</translation>
    </message>
    <message>
        <source>{what} have no spread left after winsorising.</source>
        <translation>{what} n&apos;ont plus aucune dispersion après winsorisation.</translation>
    </message>
    <message>
        <source>The reference value must be a finite number, not {value}.</source>
        <translation>La valeur de référence doit être un nombre fini, et non {value}.</translation>
    </message>
    <message>
        <source>The reference value&apos;s uncertainty must be zero or positive, not {value}.</source>
        <translation>L&apos;incertitude de la valeur de référence doit être nulle ou positive, et non {value}.</translation>
    </message>
    <message>
        <source>This profile cannot be compared: {reason}.</source>
        <translation>Ce profil ne peut pas être comparé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{sample} is a {drug} profile; the method {method} compares {expected} profiles.</source>
        <translation>{sample} est un profil de type {drug}&#xa0;; la méthode {method} compare des profils de type {expected}.</translation>
    </message>
    <message>
        <source>the registration</source>
        <translation>la demande d&apos;inscription</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the enrolment</source>
        <translation>la réponse du serveur à l&apos;inscription</translation>
    </message>
    <message>
        <source>the enrolment file&apos;s identity is not a hub&apos;s</source>
        <translation>l&apos;identité du fichier d&apos;inscription n&apos;est pas celle d&apos;un serveur</translation>
    </message>
    <message>
        <source>the enrolment file&apos;s signature is not valid; it was altered after the hub made it</source>
        <translation>la signature du fichier d&apos;inscription n&apos;est pas valide&#xa0;; il a été modifié après que le serveur l&apos;a créé</translation>
    </message>
    <message>
        <source>an enrolment code starts with “{prefix}”; check that it was copied whole</source>
        <translation>un code d&apos;inscription commence par «&#xa0;{prefix}&#xa0;»&#xa0;; vérifiez qu&apos;il a été copié en entier</translation>
    </message>
    <message>
        <source>the enrolment code&apos;s hub address is not an http(s) address</source>
        <translation>l&apos;adresse du serveur indiquée par le code d&apos;inscription n&apos;est pas une adresse http(s)</translation>
    </message>
    <message>
        <source>this is not a LabNet registration (version 1)</source>
        <translation>ceci n&apos;est pas une demande d&apos;inscription LabNet (version 1)</translation>
    </message>
    <message>
        <source>the registration&apos;s identity is not an identity document (a JSON object)</source>
        <translation>l&apos;identité de la demande d&apos;inscription n&apos;est pas un document d&apos;identité (un objet JSON)</translation>
    </message>
    <message>
        <source>this is not a LabNet enrolment file (version 1)</source>
        <translation>ceci n&apos;est pas un fichier d&apos;inscription LabNet (version 1)</translation>
    </message>
    <message>
        <source>this file is not a LabNet enrolment file (it is not JSON)</source>
        <translation>ce fichier n&apos;est pas un fichier d&apos;inscription LabNet (ce n&apos;est pas du JSON)</translation>
    </message>
    <message>
        <source>the enrolment file lacks its {name}; ask for a new one</source>
        <translation>il manque au fichier d&apos;inscription son élément {name}&#xa0;; demandez-en un nouveau</translation>
    </message>
    <message>
        <source>this enrolment code is damaged or incomplete; copy it again</source>
        <translation>ce code d&apos;inscription est endommagé ou incomplet&#xa0;; copiez-le de nouveau</translation>
    </message>
    <message>
        <source>the registration lacks its {name}</source>
        <translation>il manque à la demande d&apos;inscription son élément {name}</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a JSON object</source>
        <translation>dans {what}, «&#xa0;{name}&#xa0;» n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>This laboratory is not party to the exchange.</source>
        <translation>Ce laboratoire n&apos;est pas partie à l&apos;échange.</translation>
    </message>
    <message>
        <source>“{action}” is not a step of a {kind} exchange.</source>
        <translation>«&#xa0;{action}&#xa0;» n&apos;est pas une étape d&apos;un échange de type {kind}.</translation>
    </message>
    <message>
        <source>The {role} of the exchange cannot {action} it.</source>
        <translation>Le rôle {role} dans l&apos;échange ne permet pas l&apos;étape {action}.</translation>
    </message>
    <message>
        <source>An exchange that is {state} cannot be {action}: that step is allowed only when it is {allowed}.</source>
        <translation>Un échange à l&apos;état {state} ne peut pas passer à l&apos;étape {action}&#xa0;: elle n&apos;est permise qu&apos;à l&apos;état {allowed}.</translation>
    </message>
    <message>
        <source>An exchange message of {size:,} bytes is larger than any LabNet makes.</source>
        <translation>Un message d&apos;échange de {size:,} octets dépasse la taille de tout message produit par LabNet.</translation>
    </message>
    <message>
        <source>This is not a LabNet exchange message (or it is damaged).</source>
        <translation>Ce n&apos;est pas un message d&apos;échange LabNet (ou il est endommagé).</translation>
    </message>
    <message>
        <source>The exchange message&apos;s fields are not of their types.</source>
        <translation>Les champs du message d&apos;échange ne sont pas du type attendu.</translation>
    </message>
    <message>
        <source>This exchange message is for another hub ({hub}).</source>
        <translation>Ce message d&apos;échange est destiné à un autre serveur ({hub}).</translation>
    </message>
    <message>
        <source>A {action} message names an exchange only when it moves one.</source>
        <translation>Un message {action} ne désigne un échange que lorsqu&apos;il en fait avancer un.</translation>
    </message>
    <message>
        <source>“{action}” is not an exchange action.</source>
        <translation>«&#xa0;{action}&#xa0;» n&apos;est pas une action d&apos;échange.</translation>
    </message>
    <message>
        <source>The {action} message&apos;s content is incomplete or not of its types.</source>
        <translation>Le contenu du message {action} est incomplet ou n&apos;est pas du type attendu.</translation>
    </message>
    <message>
        <source>The exchange message&apos;s signature is not the laboratory&apos;s registered key&apos;s: it was altered, forged or signed with a key the hub does not know.</source>
        <translation>La signature du message d&apos;échange n&apos;est pas celle de la clé enregistrée du laboratoire&#xa0;: il a été modifié, contrefait ou signé avec une clé que le serveur ne connaît pas.</translation>
    </message>
    <message>
        <source>The peer&apos;s list of methods is not a list.</source>
        <translation>La liste des méthodes du pair n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>This is not a LabNet {form} file (version 1).</source>
        <translation>Ce n&apos;est pas un fichier {form} LabNet (version 1).</translation>
    </message>
    <message>
        <source>The identity in the {form} file is not a hub&apos;s.</source>
        <translation>L&apos;identité du fichier {form} n&apos;est pas celle d&apos;un serveur.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s signature is not valid; it was altered after it was made.</source>
        <translation>La signature du fichier {form} n&apos;est pas valide&#xa0;; il a été modifié après sa création.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s fields are not of their types.</source>
        <translation>Les champs du fichier {form} ne sont pas du type attendu.</translation>
    </message>
    <message>
        <source>The invitation&apos;s fields are not of their types.</source>
        <translation>Les champs de l&apos;invitation ne sont pas du type attendu.</translation>
    </message>
    <message>
        <source>The reply does not name the hub it answers.</source>
        <translation>La réponse n&apos;indique pas le serveur auquel elle répond.</translation>
    </message>
    <message>
        <source>The answer is not of the form a LabNet answer takes.</source>
        <translation>La réponse n&apos;a pas la forme d&apos;une réponse LabNet.</translation>
    </message>
    <message>
        <source>A method named by the peer is not {{name, method_version, fingerprint}}.</source>
        <translation>Une méthode indiquée par le pair n&apos;est pas de la forme {{name, method_version, fingerprint}}.</translation>
    </message>
    <message>
        <source>A peering code starts with “{prefix}”; check that it was copied whole.</source>
        <translation>Un code d&apos;appairage commence par «&#xa0;{prefix}&#xa0;»&#xa0;; vérifiez qu&apos;il a été copié en entier.</translation>
    </message>
    <message>
        <source>The {form} file lacks its {name}.</source>
        <translation>Il manque {name} au fichier {form}.</translation>
    </message>
    <message>
        <source>The {form} file&apos;s hub identity cannot be trusted: {reason}</source>
        <translation>On ne peut pas se fier à l&apos;identité du serveur dans le fichier {form}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The search is not of the form a LabNet search takes.</source>
        <translation>La recherche n&apos;a pas la forme d&apos;une recherche LabNet.</translation>
    </message>
    <message>
        <source>The search&apos;s profiles do not match its references.</source>
        <translation>Les profils de la recherche ne correspondent pas à ses références.</translation>
    </message>
    <message>
        <source>The search holds a profile value that is not a finite number.</source>
        <translation>La recherche contient une valeur de profil qui n&apos;est pas un nombre fini.</translation>
    </message>
    <message>
        <source>This is not a LabNet federation message.</source>
        <translation>Ce n&apos;est pas un message de fédération LabNet.</translation>
    </message>
    <message>
        <source>The federation message is damaged or of a version this LabNet cannot read.</source>
        <translation>Le message de fédération est endommagé ou d&apos;une version que ce LabNet ne sait pas lire.</translation>
    </message>
    <message>
        <source>The federation message&apos;s header is malformed.</source>
        <translation>L&apos;en-tête du message de fédération est mal formé.</translation>
    </message>
    <message>
        <source>This federation message is not an announcement.</source>
        <translation>Ce message de fédération n&apos;est pas une annonce.</translation>
    </message>
    <message>
        <source>The federation message is cut short.</source>
        <translation>Le message de fédération est tronqué.</translation>
    </message>
    <message>
        <source>The federation message is cut short or has bytes after its signature.</source>
        <translation>Le message de fédération est tronqué ou a des octets après sa signature.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement does not hold a hub identity.</source>
        <translation>L&apos;annonce du pair ne contient pas d&apos;identité de serveur.</translation>
    </message>
    <message>
        <source>The federation message&apos;s signature is not the peer&apos;s pinned key&apos;s: it was altered, forged or signed with a key this hub does not know.</source>
        <translation>La signature du message de fédération n&apos;est pas celle de la clé épinglée du pair&#xa0;: il a été modifié, contrefait ou signé avec une clé que ce serveur ne connaît pas.</translation>
    </message>
    <message>
        <source>This federation message is for another hub.</source>
        <translation>Ce message de fédération est destiné à un autre serveur.</translation>
    </message>
    <message>
        <source>This federation message is sealed to a key this hub does not hold.</source>
        <translation>Ce message de fédération est scellé pour une clé que ce serveur ne détient pas.</translation>
    </message>
    <message>
        <source>The federation message&apos;s content does not match its digest.</source>
        <translation>Le contenu du message de fédération ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is missing or malformed.</source>
        <translation>L&apos;accusé de réception du pair est absent ou mal formé.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is not signed by its pinned key: it was altered or forged.</source>
        <translation>L&apos;accusé de réception du pair n&apos;est pas signé par sa clé épinglée&#xa0;: il a été modifié ou contrefait.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is for another message.</source>
        <translation>L&apos;accusé de réception du pair concerne un autre message.</translation>
    </message>
    <message>
        <source>The federation message cannot be decrypted; it is damaged.</source>
        <translation>Le message de fédération ne peut pas être déchiffré&#xa0;; il est endommagé.</translation>
    </message>
    <message>
        <source>The federation message&apos;s content is not canonical JSON.</source>
        <translation>Le contenu du message de fédération n&apos;est pas du JSON canonique.</translation>
    </message>
    <message>
        <source>a record the hub holds</source>
        <translation>une fiche détenue par le serveur</translation>
    </message>
    <message>
        <source>the hub&apos;s list of the records it holds</source>
        <translation>la liste des fiches détenues par le serveur</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a list</source>
        <translation>dans {what}, «&#xa0;{name}&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>{what} lacks its “{name}”</source>
        <translation>il manque «&#xa0;{name}&#xa0;» dans {what}</translation>
    </message>
    <message>
        <source>the file is too large for that disk</source>
        <translation>le fichier est trop volumineux pour ce disque</translation>
    </message>
    <message>
        <source>the disk or stick is read-only</source>
        <translation>le disque ou la clé USB est en lecture seule</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>l&apos;accès est refusé</translation>
    </message>
    <message>
        <source>The {suite} private key in the key file has {size} bytes, which is no form LabNet knows; the key file is damaged. Restore it from a backup.</source>
        <translation>La clé privée {suite} du fichier de clés fait {size} octets, ce qui ne correspond à aucune forme connue de LabNet&#xa0;; le fichier de clés est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>An X-Wing private key seed has 32 bytes, not {size}.</source>
        <translation>Une graine de clé privée X-Wing fait 32 octets, et non {size}.</translation>
    </message>
    <message>
        <source>“{role}” is not an identity role; use lab or hub.</source>
        <translation>«&#xa0;{role}&#xa0;» n&apos;est pas un rôle d&apos;identité&#xa0;; utilisez lab ou hub.</translation>
    </message>
    <message>
        <source>The laboratory needs a name (--lab NAME).</source>
        <translation>Le laboratoire doit avoir un nom (--lab NAME).</translation>
    </message>
    <message>
        <source>“{country}” is not a two-letter ISO 3166 country code (e.g. GH, PE, TH).</source>
        <translation>«&#xa0;{country}&#xa0;» n&apos;est pas un code de pays ISO 3166 à deux lettres (p. ex. GH, PE, TH).</translation>
    </message>
    <message>
        <source>This identity document is for {name} ({identity}), not for the pinned {pinned} ({pinned_identity}); nothing was changed.</source>
        <translation>Ce document d&apos;identité concerne {name} ({identity}), et non {pinned} ({pinned_identity}), dont le document est épinglé ici&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here, so they cannot be trusted; check the file&apos;s origin with its owner. Nothing was changed.</source>
        <translation>Les nouvelles clés de {name} ne sont pas validées par les clés épinglées ici&#xa0;; on ne peut donc pas s&apos;y fier. Vérifiez l&apos;origine du fichier auprès de son propriétaire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“{suite}” is not an encryption suite LabNet knows; use one of: {known}.</source>
        <translation>«&#xa0;{suite}&#xa0;» n&apos;est pas une suite de chiffrement connue de LabNet&#xa0;; utilisez l&apos;une des suivantes&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>The {what} is not valid base64.</source>
        <translation>L&apos;élément suivant n&apos;est pas du base64 valide&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>The key file says its {suite} key is stored as “{stated}” but it is not; the key file is damaged. Restore it from a backup.</source>
        <translation>Le fichier de clés indique que sa clé {suite} est stockée sous la forme «&#xa0;{stated}&#xa0;», mais ce n&apos;est pas le cas&#xa0;; le fichier de clés est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>This is not a LabNet identity document (its format is not “{expected}”).</source>
        <translation>Ce n&apos;est pas un document d&apos;identité LabNet (son format n&apos;est pas «&#xa0;{expected}&#xa0;»).</translation>
    </message>
    <message>
        <source>This identity document has version {version}; this LabNet reads version {expected}. Update LabNet.</source>
        <translation>Ce document d&apos;identité est en version {version}&#xa0;; cette installation de LabNet lit la version {expected}. Mettez LabNet à jour.</translation>
    </message>
    <message>
        <source>The identity&apos;s role “{role}” is neither lab nor hub.</source>
        <translation>Le rôle de l&apos;identité, «&#xa0;{role}&#xa0;», n&apos;est ni lab ni hub.</translation>
    </message>
    <message>
        <source>The identity document&apos;s endorsement is not the two texts LabNet signs (previous_signing_key_id, signature); it was altered or made by another program.</source>
        <translation>La validation du document d&apos;identité ne se compose pas des deux textes que signe LabNet (previous_signing_key_id, signature)&#xa0;; il a été modifié ou produit par un autre programme.</translation>
    </message>
    <message>
        <source>A public key in the identity document has the wrong length; the file is damaged.</source>
        <translation>Une clé publique du document d&apos;identité n&apos;a pas la bonne longueur&#xa0;; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The key ids in the identity document do not match its keys; the file was altered.</source>
        <translation>Les identifiants de clés du document d&apos;identité ne correspondent pas à ses clés&#xa0;; le fichier a été modifié.</translation>
    </message>
    <message>
        <source>The identity document holds fields LabNet does not know; it was altered or made by another program.</source>
        <translation>Le document d&apos;identité contient des champs que LabNet ne connaît pas&#xa0;; il a été modifié ou produit par un autre programme.</translation>
    </message>
    <message>
        <source>The identity document&apos;s signature is not valid; it was altered after it was made.</source>
        <translation>La signature du document d&apos;identité n&apos;est pas valide&#xa0;; il a été modifié après sa création.</translation>
    </message>
    <message>
        <source>The {suite} public key is damaged ({size} bytes); ask its owner for their identity document again.</source>
        <translation>La clé publique {suite} est endommagée ({size} octets)&#xa0;; redemandez son document d&apos;identité à son propriétaire.</translation>
    </message>
    <message>
        <source>This is not a LabNet identity document: it {reason}.</source>
        <translation>Ce n&apos;est pas un document d&apos;identité LabNet&#xa0;: il {reason}.</translation>
    </message>
    <message>
        <source>The identity&apos;s signing key must be Ed25519.</source>
        <translation>La clé de signature de l&apos;identité doit être de type Ed25519.</translation>
    </message>
    <message>
        <source>The identity document lacks a field it needs (id, name, country, keys, signature); ask its owner to export it again.</source>
        <translation>Il manque au document d&apos;identité un champ indispensable (id, name, country, keys, signature)&#xa0;; demandez à son propriétaire de l&apos;exporter de nouveau.</translation>
    </message>
    <message>
        <source>“{text}” has no time zone; add one (for example Z for UTC).</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;a pas de fuseau horaire&#xa0;; ajoutez-en un (par exemple Z pour UTC).</translation>
    </message>
    <message>
        <source>This is not a LabNet hub key document (version {version}).</source>
        <translation>Ce n&apos;est pas un document de clés de serveur LabNet (version {version}).</translation>
    </message>
    <message>
        <source>The hub key document lacks a field or holds one LabNet does not know; it was altered or made by another program.</source>
        <translation>Il manque un champ au document de clés du serveur, ou il en contient un que LabNet ne connaît pas&#xa0;; il a été modifié ou produit par un autre programme.</translation>
    </message>
    <message>
        <source>The key document&apos;s identity is a {role}&apos;s, not a hub&apos;s.</source>
        <translation>L&apos;identité du document de clés est celle d&apos;un participant de rôle «&#xa0;{role}&#xa0;», et non celle d&apos;un serveur.</translation>
    </message>
    <message>
        <source>The hub key document&apos;s signature is not the hub&apos;s current key&apos;s: it was altered or forged. Nothing was changed.</source>
        <translation>La signature du document de clés du serveur n&apos;est pas celle de la clé actuelle du serveur&#xa0;: il a été modifié ou contrefait. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The hub key document retires or revokes the hub&apos;s own current key; it cannot be used. Ask the hub&apos;s administrator.</source>
        <translation>Le document de clés du serveur retire ou révoque la clé actuelle du serveur lui-même&#xa0;; il ne peut pas être utilisé. Adressez-vous à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The hub&apos;s key list gives a key the status “{status}”; only retired and revoked are known.</source>
        <translation>La liste des clés du serveur attribue à une clé le statut «&#xa0;{status}&#xa0;»&#xa0;; seuls «&#xa0;retired&#xa0;» (retirée) et «&#xa0;revoked&#xa0;» (révoquée) sont connus.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (2026-03-01) or a date and time with its time zone (2026-03-01T12:00:00Z).</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est ni une date (2026-03-01) ni une date et heure avec son fuseau horaire (2026-03-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>This bundle is sealed to the hub key {key}…, which was revoked on {at} (it may be in other hands), so it was not opened. Import the hub&apos;s current keys (labnet hub-key import, or sync) and export the bundle again.</source>
        <translation>Ce paquet est scellé pour la clé de serveur {key}…, révoquée le {at} (elle est peut-être entre d&apos;autres mains)&#xa0;; il n&apos;a donc pas été ouvert. Importez les clés actuelles du serveur (labnet hub-key import, ou une synchronisation) et exportez de nouveau le paquet.</translation>
    </message>
    <message>
        <source>This bundle is sealed to the hub key {key}…, retired since {at}, so it was not opened. Import the hub&apos;s current keys (labnet hub-key import, or sync) and export the bundle again.</source>
        <translation>Ce paquet est scellé pour la clé de serveur {key}…, retirée depuis le {at}&#xa0;; il n&apos;a donc pas été ouvert. Importez les clés actuelles du serveur (labnet hub-key import, ou une synchronisation) et exportez de nouveau le paquet.</translation>
    </message>
    <message>
        <source>This is not a hub key document: it {reason}.</source>
        <translation>Ce n&apos;est pas un document de clés de serveur&#xa0;: il {reason}.</translation>
    </message>
    <message>
        <source>An entry of the hub&apos;s key list lacks a field (key ids, status, at, reason); the document is damaged.</source>
        <translation>Il manque un champ à une entrée de la liste des clés du serveur (key ids, status, at, reason)&#xa0;; le document est endommagé.</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>l&apos;avis</translation>
    </message>
    <message>
        <source>the announced method</source>
        <translation>la méthode annoncée</translation>
    </message>
    <message>
        <source>the method of a link bulletin</source>
        <translation>la méthode d&apos;un bulletin de rapprochement</translation>
    </message>
    <message>
        <source>the link bulletin</source>
        <translation>le bulletin de rapprochement</translation>
    </message>
    <message>
        <source>a bulletin of kind “{kind}” is not one LabNet knows</source>
        <translation>LabNet ne connaît pas les bulletins de type «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a number</source>
        <translation>dans {what}, «&#xa0;{name}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not true or false</source>
        <translation>dans {what}, «&#xa0;{name}&#xa0;» ne vaut ni vrai ni faux</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a list of objects</source>
        <translation>dans {what}, «&#xa0;{name}&#xa0;» n&apos;est pas une liste d&apos;objets</translation>
    </message>
    <message>
        <source>This bundle is sealed to another hub key ({key}…), not to this hub&apos;s; the laboratory must export it again for this hub.</source>
        <translation>Ce paquet est scellé pour une autre clé de serveur ({key}…), et non pour celle de ce serveur&#xa0;; le laboratoire doit l&apos;exporter de nouveau pour ce serveur.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was already received; it is not applied twice.</source>
        <translation>Le paquet {bundle} a déjà été reçu&#xa0;; il n&apos;est pas appliqué deux fois.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload does not match the digest its header declares; it was corrupted before it was sealed. Ask the laboratory to export it again.</source>
        <translation>Le contenu du paquet ne correspond pas à l&apos;empreinte déclarée dans son en-tête&#xa0;; il a été corrompu avant d&apos;être scellé. Demandez au laboratoire de l&apos;exporter de nouveau.</translation>
    </message>
    <message>
        <source>The bundle file is {size:,} bytes; this hub accepts at most {limit:,} per file. Export with a smaller part size.</source>
        <translation>Le fichier du paquet fait {size:,} octets&#xa0;; ce serveur accepte au maximum {limit:,} octets par fichier. Exportez avec une taille de partie plus petite.</translation>
    </message>
    <message>
        <source>The bundle declares a payload of {size:,} bytes once decompressed; this hub accepts at most {limit:,}.</source>
        <translation>Le paquet déclare un contenu de {size:,} octets une fois décompressé&#xa0;; ce serveur accepte au maximum {limit:,} octets.</translation>
    </message>
    <message>
        <source>The bundle declares {count:,} records; this hub accepts at most {limit:,} per file.</source>
        <translation>Le paquet déclare {count:,} fiches&#xa0;; ce serveur accepte au maximum {limit:,} fiches par fichier.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sealed payload is shorter than its encryption suite allows.</source>
        <translation>Le contenu scellé du paquet est plus court que ne le permet sa suite de chiffrement.</translation>
    </message>
    <message>
        <source>The bundle says it comes from laboratory {lab} with key {key}…, which is not registered here; it was refused.</source>
        <translation>Le paquet indique provenir du laboratoire {lab} avec la clé {key}…, qui n&apos;est pas enregistrée ici&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sealed payload does not open with this hub&apos;s key; it was sealed wrongly or damaged. Ask the laboratory to export it again.</source>
        <translation>Le contenu scellé du paquet ne s&apos;ouvre pas avec la clé de ce serveur&#xa0;; il a été mal scellé ou endommagé. Demandez au laboratoire de l&apos;exporter de nouveau.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not that of laboratory {lab}&apos;s key: it was altered after it was signed, or signed by someone else. It was refused whole.</source>
        <translation>La signature du paquet n&apos;est pas celle de la clé du laboratoire {lab}&#xa0;: il a été modifié après sa signature, ou signé par quelqu&apos;un d&apos;autre. Il a été refusé en entier.</translation>
    </message>
    <message>
        <source>A submission of {size:,} bytes is larger than any LabNet makes.</source>
        <translation>Une soumission de {size:,} octets dépasse la taille de toute soumission produite par LabNet.</translation>
    </message>
    <message>
        <source>This is not a LabNet proficiency-test submission (or it is damaged).</source>
        <translation>Ce n&apos;est pas une soumission d&apos;essai d&apos;aptitude LabNet (ou elle est endommagée).</translation>
    </message>
    <message>
        <source>The submission&apos;s fields are not of their types.</source>
        <translation>Les champs de la soumission ne sont pas de leurs types.</translation>
    </message>
    <message>
        <source>This submission is for another hub ({hub}).</source>
        <translation>Cette soumission est destinée à un autre serveur ({hub}).</translation>
    </message>
    <message>
        <source>A result of the submission is not {{material, analyte, value, unit}} with a finite number.</source>
        <translation>Un résultat de la soumission n&apos;est pas {{material, analyte, value, unit}} avec un nombre fini.</translation>
    </message>
    <message>
        <source>The submission is not sealed to the hub; results travel sealed (update LabNet).</source>
        <translation>La soumission n&apos;est pas scellée pour le serveur&#xa0;; les résultats voyagent scellés (mettez LabNet à jour).</translation>
    </message>
    <message>
        <source>The submission is sealed to another hub key ({key}…), not to this hub&apos;s; send it again.</source>
        <translation>La soumission est scellée pour une autre clé de serveur ({key}…), pas pour celle de ce serveur&#xa0;; envoyez-la de nouveau.</translation>
    </message>
    <message>
        <source>The sealed submission does not say what its envelope says (laboratory, key, round, time).</source>
        <translation>La soumission scellée ne dit pas la même chose que son enveloppe (laboratoire, clé, tour, heure).</translation>
    </message>
    <message>
        <source>The submission&apos;s signature is not the laboratory&apos;s registered key&apos;s: it was altered, forged or signed with a key the hub does not know.</source>
        <translation>La signature de la soumission n&apos;est pas celle de la clé enregistrée du laboratoire&#xa0;: elle a été modifiée, falsifiée ou signée avec une clé que le serveur ne connaît pas.</translation>
    </message>
    <message>
        <source>The sealed submission does not open with this hub&apos;s key; it was sealed wrongly or damaged.</source>
        <translation>La soumission scellée ne s&apos;ouvre pas avec la clé de ce serveur&#xa0;; elle a été mal scellée ou endommagée.</translation>
    </message>
    <message>
        <source>the session request&apos;s signature is not base64</source>
        <translation>la signature de la demande de session n&apos;est pas du base64</translation>
    </message>
    <message>
        <source>{what} is not a JSON object</source>
        <translation>{what} n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not text</source>
        <translation>dans {what}, «&#xa0;{name}&#xa0;» n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>{what}&apos;s “{name}” is not a whole number of at least {low}</source>
        <translation>dans {what}, «&#xa0;{name}&#xa0;» n&apos;est pas un nombre entier supérieur ou égal à {low}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>duplicate (the hub already held it)</source>
        <translation>doublon (le serveur l&apos;avait déjà)</translation>
    </message>
    <message>
        <source>outdated (the hub held a later version)</source>
        <translation>périmée (le serveur avait une version plus récente)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>refused with the whole bundle</source>
        <translation>refusée avec tout le paquet</translation>
    </message>
    <message>
        <source>not confirmed by the receipt</source>
        <translation>non confirmée par l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>Delivery report of bundle {bundle}</source>
        <translation>Rapport de livraison du paquet {bundle}</translation>
    </message>
    <message>
        <source>The hub&apos;s receipt</source>
        <translation>L&apos;accusé de réception du serveur</translation>
    </message>
    <message>
        <source>What the bundle carried</source>
        <translation>Ce que contenait le paquet</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>pas encore d&apos;accusé de réception</translation>
    </message>
    <message>
        <source>This laboratory has not made any bundle yet.</source>
        <translation>Ce laboratoire n&apos;a encore fait aucun paquet.</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>{size} TB</source>
        <translation>{size} To</translation>
    </message>
    <message>
        <source>This peering code cannot be used: {reason}.</source>
        <translation>Ce code d&apos;appairage est inutilisable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The peer&apos;s receipt is signed by its key {key}…, which it had replaced before the moment the receipt says it was signed ({at}): the receipt is refused.</source>
        <translation>L&apos;accusé de réception du pair est signé par sa clé {key}…, qu&apos;il avait remplacée avant le moment où l&apos;accusé dit avoir été signé ({at})&#xa0;: l&apos;accusé est refusé.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement holds a key document that cannot be read.</source>
        <translation>L&apos;annonce du pair contient un document de clés illisible.</translation>
    </message>
    <message>
        <source>The peer&apos;s announcement holds the key document of other keys than the ones it announces; nothing was changed.</source>
        <translation>L&apos;annonce du pair contient le document de clés d&apos;autres clés que celles qu&apos;elle annonce&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is not signed by its pinned key.</source>
        <translation>Le justificatif d&apos;envoi du pair n&apos;est pas signé par sa clé épinglée.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is for another hub.</source>
        <translation>Le justificatif d&apos;envoi du pair est destiné à un autre serveur.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential was made at {at}, more than {minutes} minutes from this hub&apos;s clock; check both hubs&apos; clocks.</source>
        <translation>Le justificatif d&apos;envoi du pair a été établi à {at}, à plus de {minutes} minutes de l&apos;horloge de ce serveur&#xa0;; vérifiez les horloges des deux serveurs.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential is missing or malformed.</source>
        <translation>Le justificatif d&apos;envoi du pair est absent ou mal formé.</translation>
    </message>
    <message>
        <source>The peer&apos;s upload credential has no valid time.</source>
        <translation>Le justificatif d&apos;envoi du pair ne porte pas d&apos;heure valide.</translation>
    </message>
    <message>
        <source>The chain of key rotations of {name} breaks at link {position} of {count} (key {key}…): it is another identity&apos;s document. Nothing was changed.</source>
        <translation>La chaîne des renouvellements de clés de {name} est rompue au maillon {position} sur {count} (clé {key}…)&#xa0;: c&apos;est le document d&apos;une autre identité. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…): it is endorsed by key {endorser}…, which the hub revoked on {at} ({reason}); a revoked key may be in other hands, so nothing it endorsed is followed. Enrol this laboratory again. Nothing was changed.</source>
        <translation>Les nouvelles clés de {name} ne sont pas validées par les clés épinglées ici&#xa0;: la chaîne de ses renouvellements de clés est rompue au maillon {position} sur {count} (clé {key}…)&#xa0;: elle est validée par la clé {endorser}…, que le serveur a révoquée le {at} ({reason})&#xa0;; une clé révoquée est peut-être entre d&apos;autres mains, rien de ce qu&apos;elle a validé n&apos;est donc suivi. Inscrivez de nouveau ce laboratoire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…), endorsed by key {endorser}… instead of {expected}…. Check the file&apos;s origin with the hub&apos;s administrator, or enrol again. Nothing was changed.</source>
        <translation>Les nouvelles clés de {name} ne sont pas validées par les clés épinglées ici&#xa0;: la chaîne de ses renouvellements de clés est rompue au maillon {position} sur {count} (clé {key}…), validée par la clé {endorser}… au lieu de {expected}…. Vérifiez l&apos;origine du fichier auprès de l&apos;administrateur du serveur, ou inscrivez-vous de nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: at link {position} of {count} (key {key}…) the signature of key {expected}… is not valid; the chain was altered or forged. Nothing was changed.</source>
        <translation>Les nouvelles clés de {name} ne sont pas validées par les clés épinglées ici&#xa0;: au maillon {position} sur {count} (clé {key}…), la signature de la clé {expected}… n&apos;est pas valide&#xa0;; la chaîne a été modifiée ou contrefaite. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…): it is endorsed by key {endorser}…, which the peer revoked on {at} ({reason}); a revoked key may be in other hands, so nothing it endorsed is followed. Ask the peer&apos;s administrator to invite this hub again. Nothing was changed.</source>
        <translation>Les nouvelles clés de {name} ne sont pas validées par les clés épinglées ici&#xa0;: la chaîne de ses renouvellements de clés est rompue au maillon {position} sur {count} (clé {key}…)&#xa0;: elle est validée par la clé {endorser}…, que le pair a révoquée le {at} ({reason})&#xa0;; une clé révoquée est peut-être entre d&apos;autres mains, rien de ce qu&apos;elle a validé n&apos;est donc suivi. Demandez à l&apos;administrateur du pair d&apos;inviter de nouveau ce serveur. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new keys of {name} are not endorsed by the keys pinned here: the chain of its key rotations breaks at link {position} of {count} (key {key}…), endorsed by key {endorser}… instead of {expected}…. Check the announcement&apos;s origin with the peer&apos;s administrator, or ask to be invited again. Nothing was changed.</source>
        <translation>Les nouvelles clés de {name} ne sont pas validées par les clés épinglées ici&#xa0;: la chaîne de ses renouvellements de clés est rompue au maillon {position} sur {count} (clé {key}…), validée par la clé {endorser}… au lieu de {expected}…. Vérifiez l&apos;origine de l&apos;annonce auprès de l&apos;administrateur du pair, ou demandez à être invité de nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No bundle, or more than one, has the id “{bundle}”; “labnet bundle status” lists them.</source>
        <translation>Aucun paquet, ou plus d&apos;un, n&apos;a l&apos;identifiant «&#xa0;{bundle}&#xa0;»&#xa0;; «&#xa0;labnet bundle status&#xa0;» les liste.</translation>
    </message>
    <message>
        <source>No receipt yet: the hub has not confirmed this bundle, so none of its records counts as delivered.</source>
        <translation>Pas encore d&apos;accusé de réception&#xa0;: le serveur n&apos;a pas confirmé ce paquet, aucune de ses fiches ne compte donc comme livrée.</translation>
    </message>
    <message>
        <source>Records the hub refused, with its reasons</source>
        <translation>Fiches refusées par le serveur, avec ses raisons</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>{part} of {parts}</source>
        <translation>{part} sur {parts}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Records carried</source>
        <translation>Fiches transportées</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} octets</translation>
    </message>
    <message>
        <source>Received {at}: the hub refused the whole bundle: {reason}. Its records stay pending and go again in a later bundle.</source>
        <translation>Reçu le {at}&#xa0;: le serveur a refusé tout le paquet&#xa0;: {reason}. Ses fiches restent en attente et repartiront dans un paquet ultérieur.</translation>
    </message>
    <message>
        <source>Received {at}: {accepted:,} accepted, {duplicate:,} duplicate, {outdated:,} outdated, {rejected:,} rejected.</source>
        <translation>Reçu le {at}&#xa0;: {accepted:,} acceptées, {duplicate:,} doublons, {outdated:,} périmées, {rejected:,} rejetées.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>new or changed</source>
        <translation>nouvelle ou modifiée</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Give the amount&apos;s unit.</source>
        <translation>Indiquez l&apos;unité de la quantité.</translation>
    </message>
    <message>
        <source>{code} does not leave the laboratory under its sharing policy: mark it shareable with the network (or change the policy) first.</source>
        <translation>{code} ne quitte pas le laboratoire selon sa politique de partage&#xa0;: marquez-le d&apos;abord comme partageable avec le réseau (ou modifiez la politique).</translation>
    </message>
    <message>
        <source>“{drug}” is not a drug type LabNet knows; use one of: {known}.</source>
        <translation>«&#xa0;{drug}&#xa0;» n&apos;est pas un type de drogue connu de LabNet&#xa0;; utilisez l&apos;un de ceux-ci&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>Name the substance asked for.</source>
        <translation>Indiquez la substance demandée.</translation>
    </message>
    <message>
        <source>Give the sample&apos;s number in this laboratory.</source>
        <translation>Indiquez le numéro de l&apos;échantillon dans ce laboratoire.</translation>
    </message>
    <message>
        <source>Give the sample&apos;s drug type (one of: {known}).</source>
        <translation>Indiquez le type de drogue de l&apos;échantillon (l&apos;un de&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>the hub refused: {reason}</source>
        <translation>le serveur a refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub refused the {action}: {reason}</source>
        <translation>le serveur a refusé l&apos;étape {action}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete; look at the exchange again</source>
        <translation>la réponse du serveur est arrivée incomplète&#xa0;; consultez de nouveau l&apos;échange</translation>
    </message>
    <message>
        <source>The amount: {reason}.</source>
        <translation>La quantité&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The hub holds {code} withdrawn from the network (deleted, or no longer shared) as of this laboratory&apos;s last sync: it cannot be offered. Sync the standard shared again first, then offer it.</source>
        <translation>Le hub détient {code} comme retiré du réseau (supprimé, ou plus partagé) depuis la dernière synchronisation du laboratoire&#xa0;: il ne peut pas être proposé. Synchronisez d&apos;abord l&apos;étalon de nouveau partagé, puis proposez-le.</translation>
    </message>
    <message>
        <source>{what}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>{what}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>the hub&apos;s answer arrived incomplete; ask again</source>
        <translation>la réponse du serveur est arrivée incomplète&#xa0;; redemandez</translation>
    </message>
    <message>
        <source>The hub&apos;s record of exchange {exchange} has no dispatch.</source>
        <translation>Le dossier du serveur pour l&apos;échange {exchange} ne comporte aucune expédition.</translation>
    </message>
    <message>
        <source>Give the inventory code of the reference standard.</source>
        <translation>Indiquez le code d&apos;inventaire de l&apos;étalon de référence.</translation>
    </message>
    <message>
        <source>There is no reference standard {code} in the catalogue.</source>
        <translation>Il n&apos;y a pas d&apos;étalon de référence {code} dans le catalogue.</translation>
    </message>
    <message>
        <source>{code} is not on the shelf (its status is {status}); only a standard quarantined or in use can leave.</source>
        <translation>{code} n&apos;est pas en stock (son statut est {status})&#xa0;; seul un étalon en quarantaine ou en service peut partir.</translation>
    </message>
    <message>
        <source>{code} expired on {date}; it cannot be offered or sent.</source>
        <translation>{code} a expiré le {date}&#xa0;; il ne peut être ni proposé ni envoyé.</translation>
    </message>
    <message>
        <source>{code} has no remaining quantity recorded; enter the stock first.</source>
        <translation>{code} n&apos;a aucune quantité restante enregistrée&#xa0;; saisissez d&apos;abord le stock.</translation>
    </message>
    <message>
        <source>Only {left:g} {unit} of {code} remain; {amount:g} {amount_unit} cannot leave.</source>
        <translation>Il ne reste que {left:g} {unit} de {code}&#xa0;; {amount:g} {amount_unit} ne peuvent pas partir.</translation>
    </message>
    <message>
        <source>{code} is {substance}; the exchange asks for {asked}.</source>
        <translation>{code} est un étalon de {substance}&#xa0;; l&apos;échange demande {asked}.</translation>
    </message>
    <message>
        <source>Give the amount sent and its unit.</source>
        <translation>Indiquez la quantité envoyée et son unité.</translation>
    </message>
    <message>
        <source>A reference standard {code} exists already; give the received one another inventory code.</source>
        <translation>Un étalon de référence {code} existe déjà&#xa0;; donnez un autre code d&apos;inventaire à celui qui a été reçu.</translation>
    </message>
    <message>
        <source>The certificate that came with exchange {exchange} is not the one the sender&apos;s record names; ask the sender.</source>
        <translation>Le certificat joint à l&apos;échange {exchange} n&apos;est pas celui qu&apos;indique la fiche de l&apos;expéditeur&#xa0;; interrogez l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Give the sample number of the profiling result to report.</source>
        <translation>Indiquez le numéro d&apos;échantillon du résultat de profilage à communiquer.</translation>
    </message>
    <message>
        <source>There is no profiling result {number} in the catalogue.</source>
        <translation>Il n&apos;y a pas de résultat de profilage {number} dans le catalogue.</translation>
    </message>
    <message>
        <source>The certificate of {code} is larger than {limit} kB, too large to go through the hub; send it with the standard.</source>
        <translation>Le certificat de {code} dépasse {limit} ko, trop pour passer par le serveur&#xa0;; envoyez-le avec l&apos;étalon.</translation>
    </message>
    <message>
        <source>Sign in to the hub as a named administrator first.</source>
        <translation>Connectez-vous d&apos;abord au serveur en tant qu&apos;administrateur nommé.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s name and password.</source>
        <translation>Indiquez le nom et le mot de passe de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>the hub does not accept this administrator session; sign in again ({reason})</source>
        <translation>le serveur n&apos;accepte pas cette session d&apos;administrateur&#xa0;; reconnectez-vous ({reason})</translation>
    </message>
    <message>
        <source>Parts of {size:,} bytes are larger than a hub accepts ({limit:,}).</source>
        <translation>Des parties de {size:,} octets dépassent ce qu&apos;accepte un serveur ({limit:,}).</translation>
    </message>
    <message>
        <source>This receipt is for bundle {bundle}, which this laboratory&apos;s outbox never made; it was not applied.</source>
        <translation>Cet accusé de réception concerne le paquet {bundle}, que la boîte d&apos;envoi de ce laboratoire n&apos;a jamais produit&#xa0;; il n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>This receipt describes a different payload from the bundle this laboratory sent under that id; it was not applied.</source>
        <translation>Cet accusé de réception décrit un contenu différent de celui du paquet envoyé par ce laboratoire sous cet identifiant&#xa0;; il n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>The receipt names {kind} {record} version {version}, which that bundle did not carry; it was not applied.</source>
        <translation>L&apos;accusé de réception mentionne {kind} {record} en version {version}, que ce paquet ne contenait pas&#xa0;; il n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>{kind}.{setting} is not a policy setting (use share, only_shareable, where, fields, beyond_network)</source>
        <translation>{kind}.{setting} n&apos;est pas un paramètre de politique (utilisez share, only_shareable, where, fields, beyond_network)</translation>
    </message>
    <message>
        <source>{where}: “{raw}” is not a number.</source>
        <translation>{where}&#xa0;: «&#xa0;{raw}&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{path} holds no result.</source>
        <translation>{path} ne contient aucun résultat.</translation>
    </message>
    <message>
        <source>the hub refused the results for round {round}: {reason}</source>
        <translation>le serveur a refusé les résultats du tour {round}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} holds no [[results]] tables.</source>
        <translation>{path} ne contient aucune table [[results]].</translation>
    </message>
    <message>
        <source>{path} needs the columns material, analyte, value and unit (it has {found}).</source>
        <translation>{path} doit avoir les colonnes material, analyte, value et unit (il a {found}).</translation>
    </message>
    <message>
        <source>{where}: no {field}.</source>
        <translation>{where}&#xa0;: pas de {field}.</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to the results arrived incomplete; send them again</source>
        <translation>la réponse du serveur aux résultats est arrivée incomplète&#xa0;; renvoyez-les</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}</source>
        <translation>{path} n&apos;est pas du TOML valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Algorithm A (ISO 13528)</source>
        <translation>Algorithme A (ISO 13528)</translation>
    </message>
    <message>
        <source>reference value</source>
        <translation>valeur de référence</translation>
    </message>
    <message>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>z = (x − x_pt)/σ_pt, or z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²) when u(x_pt) &gt; 0.3 σ_pt (ISO 13528:2015). |z| ≤ 2 is satisfactory, 2 &lt; |z| &lt; 3 questionable, |z| ≥ 3 unsatisfactory.</source>
        <translation>z = (x − x_pt)/σ_pt, ou z′ = (x − x_pt)/√(σ_pt² + u(x_pt)²) lorsque u(x_pt) &gt; 0.3 σ_pt (ISO 13528:2015). |z| ≤ 2 est satisfaisant, 2 &lt; |z| &lt; 3 discutable, |z| ≥ 3 insatisfaisant.</translation>
    </message>
    <message>
        <source>Proficiency test {round}: this laboratory&apos;s results</source>
        <translation>Essai d&apos;aptitude {round}&#xa0;: les résultats de ce laboratoire</translation>
    </message>
    <message>
        <source>Results and scores</source>
        <translation>Résultats et scores</translation>
    </message>
    <message>
        <source>Proficiency test {round}: the round&apos;s summary</source>
        <translation>Essai d&apos;aptitude {round}&#xa0;: la synthèse du tour</translation>
    </message>
    <message>
        <source>Each laboratory appears under its anonymous code; only the hub knows which laboratory holds which.</source>
        <translation>Chaque laboratoire apparaît sous son code anonyme&#xa0;; seul le serveur sait quel laboratoire a quel code.</translation>
    </message>
    <message>
        <source>No {kind} bulletin of round {round} has arrived from the hub (labnet sync fetches it once the round is closed).</source>
        <translation>Aucun bulletin {kind} du tour {round} n&apos;est arrivé du serveur (labnet sync le récupère une fois le tour clos).</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Assigned value x_pt</source>
        <translation>Valeur assignée x_pt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>u(x_pt)</source>
        <translation>u(x_pt)</translation>
    </message>
    <message>
        <source>x_pt ± 2σ_pt</source>
        <translation>x_pt ± 2σ_pt</translation>
    </message>
    <message>
        <source>x_pt ± 3σ_pt</source>
        <translation>x_pt ± 3σ_pt</translation>
    </message>
    <message>
        <source>The laboratory sent no result in this round.</source>
        <translation>Le laboratoire n&apos;a envoyé aucun résultat dans ce tour.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Analyte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>{analyte} in {material} ({unit})</source>
        <translation>{analyte} dans {material} ({unit})</translation>
    </message>
    <message>
        <source>{analyte} in {material}</source>
        <translation>{analyte} dans {material}</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Code de participant</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>the hub&apos;s signed bulletin #{seq}</source>
        <translation>le bulletin signé n° {seq} du serveur</translation>
    </message>
    <message>
        <source>No assigned value: {reason}</source>
        <translation>Pas de valeur assignée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>{kind} = {z}</source>
        <translation>{kind} = {z}</translation>
    </message>
    <message>
        <source>{what}: the results against x_pt ± 2σ_pt and ± 3σ_pt</source>
        <translation>{what}&#xa0;: les résultats face à x_pt ± 2σ_pt et ± 3σ_pt</translation>
    </message>
    <message>
        <source>result ({unit})</source>
        <translation>résultat ({unit})</translation>
    </message>
    <message>
        <source>{what}: the score of each laboratory</source>
        <translation>{what}&#xa0;: le score de chaque laboratoire</translation>
    </message>
    <message>
        <source>z or z′</source>
        <translation>z ou z′</translation>
    </message>
    <message numerus="yes">
        <source>{path} was written from a catalogue that did not verify (%n findings recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</source>
        <comment>singular: {path} was written from a catalogue that did not verify (%n finding recorded on {at}: {findings}). Restoring it brings those records back as they were then. An administrator who has read the findings may restore it all the same (on the command line: --accept-findings); the audit trail will record it. Nothing was changed.</comment>
        <translation>
            <numerusform>{path} a été écrit à partir d&apos;un catalogue qui ne passait pas la vérification (%n constat enregistré le {at}&#xa0;: {findings}). Le restaurer ramène ces fiches telles qu&apos;elles étaient alors. Un administrateur qui a lu le constat peut néanmoins le restaurer (en ligne de commande&#xa0;: --accept-findings)&#xa0;; la piste d&apos;audit l&apos;enregistrera. Rien n&apos;a été modifié.</numerusform>
            <numerusform>{path} a été écrit à partir d&apos;un catalogue qui ne passait pas la vérification (%n constats enregistrés le {at}&#xa0;: {findings}). Le restaurer ramène ces fiches telles qu&apos;elles étaient alors. Un administrateur qui a lu les constats peut néanmoins le restaurer (en ligne de commande&#xa0;: --accept-findings)&#xa0;; la piste d&apos;audit l&apos;enregistrera. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} does not verify (%n problems: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</source>
        <comment>singular: {path} does not verify (%n problem: {problems}). The backup may have been damaged or tampered with after it was written; it cannot be restored. Keep it for investigation and use another backup.</comment>
        <translation>
            <numerusform>{path} ne passe pas la vérification (%n problème&#xa0;: {problems}). La sauvegarde a peut-être été endommagée ou falsifiée après son écriture&#xa0;; elle ne peut pas être restaurée. Conservez-la pour enquête et utilisez une autre sauvegarde.</numerusform>
            <numerusform>{path} ne passe pas la vérification (%n problèmes&#xa0;: {problems}). La sauvegarde a peut-être été endommagée ou falsifiée après son écriture&#xa0;; elle ne peut pas être restaurée. Conservez-la pour enquête et utilisez une autre sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As chosen in the column mapping, {columns} were not imported.</source>
        <comment>singular: As chosen in the column mapping, {columns} was not imported.</comment>
        <translation>
            <numerusform>Comme choisi dans la correspondance des colonnes, {columns} n&apos;a pas été importée.</numerusform>
            <numerusform>Comme choisi dans la correspondance des colonnes, {columns} n&apos;ont pas été importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {columns} columns hold LabNet&apos;s own record identity and were ignored; rows are matched to stored records by {key}.</source>
        <comment>singular: The {columns} column holds LabNet&apos;s own record identity and was ignored; rows are matched to stored records by {key}.</comment>
        <translation>
            <numerusform>La colonne {columns} contient l&apos;identité propre de la fiche dans LabNet et a été ignorée&#xa0;; les lignes sont rapprochées des fiches enregistrées par {key}.</numerusform>
            <numerusform>Les colonnes {columns} contiennent l&apos;identité propre des fiches dans LabNet et ont été ignorées&#xa0;; les lignes sont rapprochées des fiches enregistrées par {key}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column {column} has no header but holds %Ln values (the first in row {row}); they were ignored. Give the column a name and import again if they matter.</source>
        <comment>singular: Column {column} has no header but holds %Ln value (in row {row}); it was ignored. Give the column a name and import again if it matters.</comment>
        <translation>
            <numerusform>La colonne {column} n&apos;a pas d&apos;en-tête mais contient %Ln valeur (ligne {row})&#xa0;; elle a été ignorée. Donnez un nom à la colonne et importez de nouveau si cette valeur compte.</numerusform>
            <numerusform>La colonne {column} n&apos;a pas d&apos;en-tête mais contient %Ln valeurs (la première à la ligne {row})&#xa0;; elles ont été ignorées. Donnez un nom à la colonne et importez de nouveau si elles comptent.</numerusform>
        </translation>
    </message>
    <message>
        <source>the hub did not send the other laboratory&apos;s profile: {reason}</source>
        <translation>le serveur n&apos;a pas envoyé le profil de l&apos;autre laboratoire&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <comment>singular: %Ln byte</comment>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems</source>
        <comment>singular: %Ln row has problems</comment>
        <translation>
            <numerusform>%Ln ligne pose problème</numerusform>
            <numerusform>%Ln lignes posent problème</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln good {things}</source>
        <comment>singular: the %Ln good {things}</comment>
        <translation>
            <numerusform>%Ln {things} sans problème</numerusform>
            <numerusform>les %Ln {things} sans problème</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (listed below).</source>
        <comment>singular: %Ln row with problems would be skipped (listed below).</comment>
        <translation>
            <numerusform>%Ln ligne qui pose problème serait laissée de côté (voir ci-dessous).</numerusform>
            <numerusform>%Ln lignes qui posent problème seraient laissées de côté (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (listed below).</source>
        <comment>singular: %Ln row with problems was skipped (listed below).</comment>
        <translation>
            <numerusform>%Ln ligne qui pose problème a été laissée de côté (voir ci-dessous).</numerusform>
            <numerusform>%Ln lignes qui posent problème ont été laissées de côté (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rows</source>
        <comment>singular: %Ln more row</comment>
        <translation>
            <numerusform>%Ln autre ligne</numerusform>
            <numerusform>%Ln autres lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problems in {rows} (the JSON form of this report, labnet import --json, lists them all).</source>
        <comment>singular: … and %Ln more problem in {rows} (the JSON form of this report, labnet import --json, lists them all).</comment>
        <translation>
            <numerusform>… et %Ln autre problème dans {rows} (la forme JSON de ce rapport, labnet import --json, les liste tous).</numerusform>
            <numerusform>… et %Ln autres problèmes dans {rows} (la forme JSON de ce rapport, labnet import --json, les liste tous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards, as on {day}.</source>
        <comment>singular: %Ln reference standard, as on {day}.</comment>
        <translation>
            <numerusform>%Ln étalon de référence, au {day}.</numerusform>
            <numerusform>%Ln étalons de référence, au {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records, as on {day}.</source>
        <comment>singular: %Ln training record, as on {day}.</comment>
        <translation>
            <numerusform>%Ln fiche de formation, au {day}.</numerusform>
            <numerusform>%Ln fiches de formation, au {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header row {row} is past the end of {name}, which has %Ln rows.</source>
        <comment>singular: The header row {row} is past the end of {name}, which has %Ln row.</comment>
        <translation>
            <numerusform>La ligne d&apos;en-tête {row} se situe au-delà de la fin de {name}, qui compte %Ln ligne.</numerusform>
            <numerusform>La ligne d&apos;en-tête {row} se situe au-delà de la fin de {name}, qui compte %Ln lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the sheet “{sheet}” was read; the workbook has other sheets with data ({sheets}). Put each kind of record in a file of its own to import it.</source>
        <comment>singular: Only the sheet “{sheet}” was read; the workbook has another sheet with data ({sheets}). Put each kind of record in a file of its own to import it.</comment>
        <translation>
            <numerusform>Seule la feuille «&#xa0;{sheet}&#xa0;» a été lue&#xa0;; le classeur contient une autre feuille avec des données ({sheets}). Mettez chaque type de fiche dans un fichier à part pour l&apos;importer.</numerusform>
            <numerusform>Seule la feuille «&#xa0;{sheet}&#xa0;» a été lue&#xa0;; le classeur contient d&apos;autres feuilles avec des données ({sheets}). Mettez chaque type de fiche dans un fichier à part pour l&apos;importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <comment>singular: %Ln entry</comment>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <comment>singular: %Ln record</comment>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>singular: %n day</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings</source>
        <comment>singular: %Ln finding</comment>
        <translation>
            <numerusform>%Ln constat</numerusform>
            <numerusform>%Ln constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletions</source>
        <comment>singular: %Ln deletion</comment>
        <translation>
            <numerusform>%Ln suppression</numerusform>
            <numerusform>%Ln suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <comment>singular: %Ln account</comment>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached files</source>
        <comment>singular: %Ln attached file</comment>
        <translation>
            <numerusform>%Ln fichier joint</numerusform>
            <numerusform>%Ln fichiers joints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>singular: %n day ago</comment>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entries</source>
        <comment>singular: %Ln audit entry</comment>
        <translation>
            <numerusform>%Ln entrée d&apos;audit</numerusform>
            <numerusform>%Ln entrées d&apos;audit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference samples</source>
        <comment>singular: %Ln reference sample</comment>
        <translation>
            <numerusform>%Ln échantillon de référence</numerusform>
            <numerusform>%Ln échantillons de référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training records</source>
        <comment>singular: %Ln training record</comment>
        <translation>
            <numerusform>%Ln fiche de formation</numerusform>
            <numerusform>%Ln fiches de formation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling results</source>
        <comment>singular: %Ln profiling result</comment>
        <translation>
            <numerusform>%Ln résultat de profilage</numerusform>
            <numerusform>%Ln résultats de profilage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln {many} to {file}.</source>
        <comment>singular: Exported %Ln {one} to {file}.</comment>
        <translation>
            <numerusform>%Ln fiche exportée vers {file} ({many}).</numerusform>
            <numerusform>%Ln fiches exportées vers {file} ({many}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems would be skipped (rows {rows}); the other rows would be imported.</source>
        <comment>singular: %Ln row with problems would be skipped (row {rows}); the other rows would be imported.</comment>
        <translation>
            <numerusform>%Ln ligne qui pose problème serait laissée de côté (ligne {rows})&#xa0;; les autres lignes seraient importées.</numerusform>
            <numerusform>%Ln lignes qui posent problème seraient laissées de côté (lignes {rows})&#xa0;; les autres lignes seraient importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with problems were skipped (rows {rows}); the other rows were imported.</source>
        <comment>singular: %Ln row with problems was skipped (row {rows}); the other rows were imported.</comment>
        <translation>
            <numerusform>%Ln ligne qui pose problème a été laissée de côté (ligne {rows})&#xa0;; les autres lignes ont été importées.</numerusform>
            <numerusform>%Ln lignes qui posent problème ont été laissées de côté (lignes {rows})&#xa0;; les autres lignes ont été importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have problems (listed above); nothing was written.</source>
        <comment>singular: %Ln row has problems (listed above); nothing was written.</comment>
        <translation>
            <numerusform>%Ln ligne pose problème (voir ci-dessus)&#xa0;; rien n&apos;a été écrit.</numerusform>
            <numerusform>%Ln lignes posent problème (voir ci-dessus)&#xa0;; rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <comment>singular: %Ln row</comment>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference standards</source>
        <comment>singular: %Ln reference standard</comment>
        <translation>
            <numerusform>%Ln étalon de référence</numerusform>
            <numerusform>%Ln étalons de référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals</source>
        <comment>singular: %Ln withdrawal</comment>
        <translation>
            <numerusform>%Ln prélèvement</numerusform>
            <numerusform>%Ln prélèvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standards expiring</source>
        <comment>singular: %Ln standard expiring</comment>
        <translation>
            <numerusform>%Ln étalon arrivant à péremption</numerusform>
            <numerusform>%Ln étalons arrivant à péremption</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requalifications due</source>
        <comment>singular: %Ln requalification due</comment>
        <translation>
            <numerusform>%Ln requalification à faire</numerusform>
            <numerusform>%Ln requalifications à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name} closed: the round&apos;s summary (%n participants)</source>
        <comment>singular: proficiency test {name} closed: the round&apos;s summary (%n participant)</comment>
        <translation>
            <numerusform>essai d&apos;aptitude {name} clos&#xa0;: la synthèse du tour (%n participant)</numerusform>
            <numerusform>essai d&apos;aptitude {name} clos&#xa0;: la synthèse du tour (%n participants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln records (listed above with the reason); correct them in the catalogue and sync again.</source>
        <comment>singular: the hub refused %Ln record (listed above with the reason); correct it in the catalogue and sync again.</comment>
        <translation>
            <numerusform>le serveur a refusé %Ln fiche (indiquée ci-dessus avec le motif)&#xa0;; corrigez-la dans le catalogue et synchronisez de nouveau.</numerusform>
            <numerusform>le serveur a refusé %Ln fiches (indiquées ci-dessus avec le motif)&#xa0;; corrigez-les dans le catalogue et synchronisez de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulletins checked, {new:,} new kept.</source>
        <comment>singular: %Ln bulletin checked, {new:,} new kept.</comment>
        <translation>
            <numerusform>%Ln bulletin vérifié, {new:,} nouveau(x) conservé(s).</numerusform>
            <numerusform>%Ln bulletins vérifiés, {new:,} nouveau(x) conservé(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proficiency test {name}: %n results to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</source>
        <comment>singular: proficiency test {name}: %n result to send by {deadline} (“labnet pt submit --round {name} FILE”), as participant {code}</comment>
        <translation>
            <numerusform>essai d&apos;aptitude {name}&#xa0;: %n résultat à envoyer avant le {deadline} («&#xa0;labnet pt submit --round {name} FICHIER&#xa0;»), en tant que participant {code}</numerusform>
            <numerusform>essai d&apos;aptitude {name}&#xa0;: %n résultats à envoyer avant le {deadline} («&#xa0;labnet pt submit --round {name} FICHIER&#xa0;»), en tant que participant {code}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub refused %Ln bundles whole (reasons above); they are sealed and sent again at the next sync.</source>
        <comment>singular: the hub refused %Ln bundle whole (the reason above); it is sealed and sent again at the next sync.</comment>
        <translation>
            <numerusform>le serveur a refusé %Ln paquet en entier (motif ci-dessus)&#xa0;; il sera scellé et envoyé de nouveau à la prochaine synchronisation.</numerusform>
            <numerusform>le serveur a refusé %Ln paquets en entier (motifs ci-dessus)&#xa0;; ils seront scellés et envoyés de nouveau à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links</source>
        <comment>singular: %Ln link</comment>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {drug} profiles</source>
        <comment>singular: %Ln {drug} profile</comment>
        <translation>
            <numerusform>%Ln profil {drug}</numerusform>
            <numerusform>%Ln profils {drug}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiles</source>
        <comment>singular: %Ln profile</comment>
        <translation>
            <numerusform>%Ln profil</numerusform>
            <numerusform>%Ln profils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seizures</source>
        <comment>singular: %Ln seizure</comment>
        <translation>
            <numerusform>%Ln saisie</numerusform>
            <numerusform>%Ln saisies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <comment>singular: %Ln group</comment>
        <translation>
            <numerusform>%Ln groupe</numerusform>
            <numerusform>%Ln groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked pairs</source>
        <comment>singular: %Ln linked pair</comment>
        <translation>
            <numerusform>%Ln paire liée</numerusform>
            <numerusform>%Ln paires liées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unlinked pairs</source>
        <comment>singular: %Ln unlinked pair</comment>
        <translation>
            <numerusform>%Ln paire non liée</numerusform>
            <numerusform>%Ln paires non liées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resamples</source>
        <comment>singular: %Ln resample</comment>
        <translation>
            <numerusform>%Ln rééchantillonnage</numerusform>
            <numerusform>%Ln rééchantillonnages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chemical classes</source>
        <comment>singular: %Ln chemical class</comment>
        <translation>
            <numerusform>%Ln classe chimique</numerusform>
            <numerusform>%Ln classes chimiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln target compounds</source>
        <comment>singular: %Ln target compound</comment>
        <translation>
            <numerusform>%Ln composé cible</numerusform>
            <numerusform>%Ln composés cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n profiles that can be compared; linking needs at least two.</source>
        <comment>singular: {file} has %n profile that can be compared; linking needs at least two.</comment>
        <translation>
            <numerusform>{file} contient %n profil comparable&#xa0;; la mise en relation en demande au moins deux.</numerusform>
            <numerusform>{file} contient %n profils comparables&#xa0;; la mise en relation en demande au moins deux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub kept %Ln results for round {round} at {at}.</source>
        <comment>singular: The hub kept %Ln result for round {round} at {at}.</comment>
        <translation>
            <numerusform>Le serveur a conservé %Ln résultat pour le tour {round} le {at}.</numerusform>
            <numerusform>Le serveur a conservé %Ln résultats pour le tour {round} le {at}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proficiency-test entries added to the training records.</source>
        <comment>singular: %Ln proficiency-test entry added to the training records.</comment>
        <translation>
            <numerusform>%Ln entrée d&apos;essai d&apos;aptitude ajoutée aux fiches de formation.</numerusform>
            <numerusform>%Ln entrées d&apos;essai d&apos;aptitude ajoutées aux fiches de formation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <comment>singular: %n page</comment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks failed.</source>
        <comment>singular: %n check failed.</comment>
        <translation>
            <numerusform>%n vérification a échoué.</numerusform>
            <numerusform>%n vérifications ont échoué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed records stay</source>
        <comment>singular: %Ln changed record stays</comment>
        <translation>
            <numerusform>%Ln fiche modifiée reste</numerusform>
            <numerusform>%Ln fiches modifiées restent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older key sets kept</source>
        <comment>singular: %n older key set kept</comment>
        <translation>
            <numerusform>%n ancien jeu de clés conservé</numerusform>
            <numerusform>%n anciens jeux de clés conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
  … and %n more cells like these</source>
        <comment>singular: 
  … and %n more cell like this</comment>
        <translation>
            <numerusform>
  … et %n autre cellule de ce genre</numerusform>
            <numerusform>
  … et %n autres cellules de ce genre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} has %n results; Algorithm A needs at least {least}.</source>
        <comment>singular: {what} has %n result; Algorithm A needs at least {least}.</comment>
        <translation>
            <numerusform>{what} a %n résultat&#xa0;; l&apos;algorithme A en demande au moins {least}.</numerusform>
            <numerusform>{what} a %n résultats&#xa0;; l&apos;algorithme A en demande au moins {least}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stray bytes follow the last zstd frame</source>
        <comment>singular: %n stray byte follows the last zstd frame</comment>
        <translation>
            <numerusform>%n octet parasite suit la dernière trame zstd</numerusform>
            <numerusform>%n octets parasites suivent la dernière trame zstd</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line} ({kind} {record})</source>
        <translation>ligne {line} ({kind} {record})</translation>
    </message>
    <message>
        <source>the zstd frames hold {size:,} bytes, not the {declared:,} the header declares</source>
        <translation>les trames zstd contiennent {size:,} octets, et non les {declared:,} déclarés dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>line 1 is not a payload manifest of version 1 (fields, payload, policy_sha256)</source>
        <translation>la ligne 1 n&apos;est pas un manifeste de contenu de version 1 (fields, payload, policy_sha256)</translation>
    </message>
    <message>
        <source>line 1 (the manifest) is not the canonical JSON of what it holds</source>
        <translation>la ligne 1 (le manifeste) n&apos;est pas le JSON canonique de ce qu&apos;elle contient</translation>
    </message>
    <message>
        <source>line 1 (the manifest) names policy {manifest}…, the header {header}…</source>
        <translation>la ligne 1 (le manifeste) indique la politique {manifest}…, l&apos;en-tête {header}…</translation>
    </message>
    <message>
        <source>{where}: record type {kind} is not declared in the manifest</source>
        <translation>{where}&#xa0;: le type de fiche {kind} n&apos;est pas déclaré dans le manifeste</translation>
    </message>
    <message>
        <source>{where}: {record} is not a record id of the catalogue (a lowercase UUID)</source>
        <translation>{where}&#xa0;: {record} n&apos;est pas un identifiant de fiche du catalogue (un UUID en minuscules)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} does not declare its content size</source>
        <translation>la trame zstd à l&apos;octet {offset} ne déclare pas la taille de son contenu</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} has no checksum</source>
        <translation>la trame zstd à l&apos;octet {offset} n&apos;a pas de somme de contrôle</translation>
    </message>
    <message>
        <source>the zstd frame at byte {offset} needs a dictionary</source>
        <translation>la trame zstd à l&apos;octet {offset} nécessite un dictionnaire</translation>
    </message>
    <message>
        <source>{lines} lines were written for {count} entries</source>
        <translation>{lines} lignes ont été écrites pour {count} entrées</translation>
    </message>
    <message>
        <source>{where}: the record appears twice</source>
        <translation>{where}&#xa0;: la fiche figure deux fois</translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation>{where}&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>{where}: {field} must be a whole number of at least 1</source>
        <translation>{where}&#xa0;: {field} doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>{where}: the record is not a JSON object</source>
        <translation>{where}&#xa0;: la fiche n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>{field} is not declared for this record type in the manifest</source>
        <translation>{field} n&apos;est pas déclaré pour ce type de fiche dans le manifeste</translation>
    </message>
    <message>
        <source>a line of the payload is not one line ended by a newline</source>
        <translation>une ligne du contenu n&apos;est pas une ligne unique terminée par un saut de ligne</translation>
    </message>
    <message>
        <source>{where}: the line {reason}</source>
        <translation>{where}&#xa0;: la ligne {reason}</translation>
    </message>
    <message>
        <source>{where}: the line is not the canonical JSON of what it holds</source>
        <translation>{where}&#xa0;: la ligne n&apos;est pas le JSON canonique de ce qu&apos;elle contient</translation>
    </message>
    <message>
        <source>{where}: seq {seq} comes after seq {previous}; entries are in seq order</source>
        <translation>{where}&#xa0;: seq {seq} vient après seq {previous}&#xa0;; les entrées sont dans l&apos;ordre de seq</translation>
    </message>
    <message>
        <source>{where}: seq {seq} is outside the header&apos;s range {low} to {high}</source>
        <translation>{where}&#xa0;: seq {seq} est hors de la plage de l&apos;en-tête, de {low} à {high}</translation>
    </message>
    <message>
        <source>{where}, {kind}.{field}: {problem}</source>
        <translation>{where}, {kind}.{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file} is neither a receipt nor a bulletin file from your hub, nor its keys: {reason}</source>
        <translation>{file} n&apos;est ni un accusé de réception ni un fichier de bulletins de votre serveur, ni ses clés&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>expected a range [low, high) of two numbers, low below high</source>
        <translation>on attendait une plage [low, high) de deux nombres, low étant inférieur à high</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload is {size:,} bytes, not the {declared:,} its header declares; it is corrupt.</source>
        <translation>Le contenu du paquet fait {size:,} octets, et non les {declared:,} déclarés dans son en-tête&#xa0;; il est corrompu.</translation>
    </message>
    <message>
        <source>the header announces {expected} records but the payload holds {count}</source>
        <translation>l&apos;en-tête annonce {expected} fiches, mais le contenu en compte {count}</translation>
    </message>
    <message>
        <source>line {line} is not a JSON object</source>
        <translation>la ligne {line} n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>line {line}: an entry has id, kind, op (upsert or delete), seq, version, and a record when op is upsert; this one has {fields}</source>
        <translation>ligne {line}&#xa0;: une entrée comporte id, kind, op (upsert ou delete), seq, version, et une fiche lorsque op vaut upsert&#xa0;; celle-ci comporte {fields}</translation>
    </message>
    <message>
        <source>expected a region or country name</source>
        <translation>on attendait un nom de région ou de pays</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload cannot be decompressed ({reason}); it is corrupt.</source>
        <translation>Impossible de décompresser le contenu du paquet ({reason})&#xa0;; il est corrompu.</translation>
    </message>
    <message>
        <source>the payload does not end with a newline</source>
        <translation>le contenu ne se termine pas par un saut de ligne</translation>
    </message>
    <message>
        <source>the payload has no manifest line</source>
        <translation>le contenu n&apos;a pas de ligne de manifeste</translation>
    </message>
    <message>
        <source>line 1 (the manifest) {reason}</source>
        <translation>la ligne 1 (le manifeste) {reason}</translation>
    </message>
    <message>
        <source>the manifest names an unknown record type {kind}</source>
        <translation>le manifeste mentionne un type de fiche inconnu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>line {line} {reason}</source>
        <translation>la ligne {line} {reason}</translation>
    </message>
    <message>
        <source>{value} is not a value of a {type} field</source>
        <translation>{value} n&apos;est pas une valeur possible pour un champ de type {type}</translation>
    </message>
    <message>
        <source>{value} is not written in its canonical form</source>
        <translation>{value} n&apos;est pas sous sa forme canonique</translation>
    </message>
    <message>
        <source>expected a pseudonym (ps:…)</source>
        <translation>on attendait un pseudonyme (ps:…)</translation>
    </message>
    <message>
        <source>expected a month written YYYY-MM</source>
        <translation>on attendait un mois au format YYYY-MM</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload expands to more than the {size:,} bytes it declares (a decompression bomb); it was refused unread.</source>
        <translation>Le contenu du paquet, une fois décompressé, dépasse les {size:,} octets qu&apos;il déclare (bombe de décompression)&#xa0;; il a été refusé sans être lu.</translation>
    </message>
    <message>
        <source>the manifest names {field}, which is not a field of a {record_type}</source>
        <translation>le manifeste mentionne {field}, qui n&apos;est pas un champ de ce type de fiche ({record_type})</translation>
    </message>
    <message>
        <source>expected a list of pseudonyms</source>
        <translation>on attendait une liste de pseudonymes</translation>
    </message>
    <message>
        <source>the manifest gives {kind}.{field} the form {form}, which that field cannot take</source>
        <translation>le manifeste attribue à {kind}.{field} la forme {form}, que ce champ ne peut pas prendre</translation>
    </message>
    <message>
        <source>This identity document is a {role}&apos;s ({name}), not a hub&apos;s; nothing was pinned.</source>
        <translation>Ce document d&apos;identité appartient à {name}, de rôle «&#xa0;{role}&#xa0;», et non à un serveur&#xa0;; rien n&apos;a été épinglé.</translation>
    </message>
    <message>
        <source>No hub is pinned yet: import the hub&apos;s identity document with “labnet hub-key import FILE” (your hub&apos;s administrator provides it).</source>
        <translation>Aucun serveur n&apos;est encore épinglé&#xa0;: importez le document d&apos;identité du serveur avec «&#xa0;labnet hub-key import FILE&#xa0;» (l&apos;administrateur de votre serveur vous le fournit).</translation>
    </message>
    <message>
        <source>{path} is damaged; import the hub&apos;s identity document again.</source>
        <translation>{path} est endommagé&#xa0;; importez de nouveau le document d&apos;identité du serveur.</translation>
    </message>
    <message>
        <source>holds the integer {value}, beyond ±(2**53 - 1)</source>
        <translation>contient l&apos;entier {value}, au-delà de ±(2**53 - 1)</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: an object key is not text ({key})</source>
        <translation>ne peut pas s&apos;écrire en JSON canonique&#xa0;: une clé d&apos;objet n&apos;est pas du texte ({key})</translation>
    </message>
    <message>
        <source>cannot be written as canonical JSON: an integer of {bits} bits is beyond ±(2**53 - 1)</source>
        <translation>ne peut pas s&apos;écrire en JSON canonique&#xa0;: un entier de {bits} bits est au-delà de ±(2**53 - 1)</translation>
    </message>
    <message>
        <source>the hub did not give its keys: {reason}</source>
        <translation>le serveur n&apos;a pas fourni ses clés&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The bundle holds entries that are not valid LabNet entries (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Le paquet contient des entrées qui ne sont pas des entrées LabNet valides (règle {rule})&#xa0;; il a donc été refusé en entier&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest names another sharing policy than its header (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Le manifeste du paquet indique une autre politique de partage que son en-tête (règle {rule})&#xa0;; il a donc été refusé en entier&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s payload has lines that are not in canonical JSON (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Le contenu du paquet comporte des lignes qui ne sont pas en JSON canonique (règle {rule})&#xa0;; il a donc été refusé en entier&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entries are not in the order and range of seq its header declares (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Les entrées du paquet ne respectent pas l&apos;ordre et la plage de seq déclarés dans son en-tête (règle {rule})&#xa0;; il a donc été refusé en entier&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s compressed payload is not written as the format requires (rule {rule}), so it was refused whole: {problems}.</source>
        <translation>Le contenu compressé du paquet n&apos;est pas écrit comme l&apos;exige le format (règle {rule})&#xa0;; il a donc été refusé en entier&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>LabNet did not seal a bundle the hub would refuse (a fault in LabNet, not in your records; please report it): {reason}</source>
        <translation>LabNet n&apos;a pas scellé un paquet que le serveur refuserait (une anomalie de LabNet, pas de vos fiches&#xa0;; merci de la signaler)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>A file could not be written while sealing the bundle ({reason}): nothing was marked as sent. Free some disk space and try again.</source>
        <translation>Un fichier n&apos;a pas pu être écrit pendant le scellement du paquet ({reason})&#xa0;: rien n&apos;a été marqué comme envoyé. Libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>version {version} is not known; this LabNet reads version 1</source>
        <translation>la version {version} est inconnue&#xa0;; cette installation de LabNet lit la version 1</translation>
    </message>
    <message>
        <source>{where}: “{field}” is not a field of a {record_type}</source>
        <translation>{where}&#xa0;: «&#xa0;{field}&#xa0;» n&apos;est pas un champ de ce type de fiche ({record_type})</translation>
    </message>
    <message>
        <source>{where}: “{treatment}” is not a treatment; use one of: {known}</source>
        <translation>{where}&#xa0;: «&#xa0;{treatment}&#xa0;» n&apos;est pas un traitement&#xa0;; utilisez l&apos;un des suivants&#xa0;: {known}</translation>
    </message>
    <message>
        <source>{where}: a {type} field cannot be “{treatment}”; it can be: {allowed}</source>
        <translation>{where}&#xa0;: un champ de type {type} ne peut pas recevoir le traitement «&#xa0;{treatment}&#xa0;»&#xa0;; traitements possibles&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>{where}: step is a positive number, and only for generalising a number</source>
        <translation>{where}&#xa0;: step est un nombre positif, et ne sert qu&apos;à généraliser un nombre</translation>
    </message>
    <message>
        <source>[{kind}] is not a record type; use one of: {known}</source>
        <translation>[{kind}] n&apos;est pas un type de fiche&#xa0;; utilisez l&apos;un des suivants&#xa0;: {known}</translation>
    </message>
    <message>
        <source>“{kind}” must be a table ([{kind}])</source>
        <translation>«&#xa0;{kind}&#xa0;» doit être une table ([{kind}])</translation>
    </message>
    <message>
        <source>{kind}.{setting} must be true or false, not {value}</source>
        <translation>{kind}.{setting} doit valoir true ou false, et non {value}</translation>
    </message>
    <message>
        <source>{kind}.where.{field}: records can be chosen only by a choice field ({fields})</source>
        <translation>{kind}.where.{field}&#xa0;: seul un champ à choix permet de sélectionner des fiches ({fields})</translation>
    </message>
    <message>
        <source>{kind}.where.{field}: {values} is not one of: {known}</source>
        <translation>{kind}.where.{field}&#xa0;: {values} ne fait pas partie des valeurs suivantes&#xa0;: {known}</translation>
    </message>
    <message>
        <source>{where}: unknown setting {settings} (use treatment and step)</source>
        <translation>{where}&#xa0;: paramètre inconnu&#xa0;: {settings} (utilisez treatment et step)</translation>
    </message>
    <message>
        <source>it is not valid TOML ({reason})</source>
        <translation>ce n&apos;est pas du TOML valide ({reason})</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the policy could not be written faithfully; it was not saved</source>
        <translation>la politique n&apos;a pas pu être écrite fidèlement&#xa0;; elle n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>This file is {size:,} bytes, too large to be a LabNet receipt.</source>
        <translation>Ce fichier fait {size:,} octets&#xa0;: c&apos;est trop pour un accusé de réception LabNet.</translation>
    </message>
    <message>
        <source>This file is not a LabNet receipt (or it is damaged); check that you chose the receipt the hub gave back.</source>
        <translation>Ce fichier n&apos;est pas un accusé de réception LabNet (ou il est endommagé)&#xa0;; vérifiez que vous avez choisi l&apos;accusé de réception renvoyé par le serveur.</translation>
    </message>
    <message>
        <source>This receipt comes from hub {sender}, not from the hub pinned here ({hub}); it was not applied.</source>
        <translation>Cet accusé de réception provient du serveur {sender}, et non du serveur épinglé ici ({hub})&#xa0;; il n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not the hub&apos;s: it was altered or forged. It was not applied, and nothing is marked delivered.</source>
        <translation>La signature de l&apos;accusé de réception n&apos;est pas celle du serveur&#xa0;: il a été modifié ou falsifié. Il n&apos;a pas été appliqué, et rien n&apos;est marqué comme remis.</translation>
    </message>
    <message>
        <source>This receipt is for laboratory {lab}, not for this one; it was not applied.</source>
        <translation>Cet accusé de réception est destiné au laboratoire {lab}, et non à celui-ci&#xa0;; il n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>The receipt&apos;s results do not add up to its counts; ask the hub&apos;s administrator.</source>
        <translation>Les résultats de l&apos;accusé de réception ne correspondent pas à ses totaux&#xa0;; adressez-vous à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature is not readable; the file is damaged.</source>
        <translation>La signature de l&apos;accusé de réception est illisible&#xa0;; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The receipt is signed by the hub but malformed; ask the hub&apos;s administrator.</source>
        <translation>L&apos;accusé de réception est signé par le serveur mais mal formé&#xa0;; adressez-vous à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>{path} already holds this folder&apos;s identity; LabNet never overwrites keys. Use “labnet identity rotate” for new keys.</source>
        <translation>{path} contient déjà l&apos;identité de ce dossier&#xa0;; LabNet n&apos;écrase jamais des clés. Utilisez «&#xa0;labnet identity rotate&#xa0;» pour obtenir de nouvelles clés.</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Attach a certificate</source>
        <translation>Joindre un certificat</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Ouvrir le certificat</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>No certificate attached. Drop the certificate (PDF or image) here, or choose Attach…</source>
        <translation>Aucun certificat joint. Déposez ici le certificat (PDF ou image), ou choisissez Joindre…</translation>
    </message>
    <message>
        <source>Certificate attached.</source>
        <translation>Certificat joint.</translation>
    </message>
    <message>
        <source>{name} ({size}), attached {when} by {who}.</source>
        <translation>{name} ({size}), joint le {when} par {who}.</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Certificats (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>Ajout de {name}…</translation>
    </message>
    <message>
        <source>The certificate was not attached</source>
        <translation>Le certificat n&apos;a pas été joint</translation>
    </message>
    <message>
        <source>Attaching the certificate</source>
        <translation>L&apos;ajout du certificat</translation>
    </message>
    <message>
        <source>The certificate cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le certificat</translation>
    </message>
    <message>
        <source>Opening the certificate</source>
        <translation>L&apos;ouverture du certificat</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. It is stored at {path}.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre {name}. Le fichier est conservé ici&#xa0;: {path}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>First seizure</source>
        <translation>Première saisie</translation>
    </message>
    <message>
        <source>Last seizure</source>
        <translation>Dernière saisie</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <source>Comparison method</source>
        <translation>Méthode de comparaison</translation>
    </message>
    <message>
        <source>Link the catalogue</source>
        <translation>Rapprocher le catalogue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export links as CSV…</source>
        <translation>Exporter les liens en CSV…</translation>
    </message>
    <message>
        <source>Linkage compares every pair of the method&apos;s drug type and keeps the pairs past its threshold; connected groups of links are chemical classes.</source>
        <translation>Le rapprochement compare toutes les paires de profils du type de drogue de la méthode et garde celles qui dépassent son seuil&#xa0;; les groupes de liens connexes forment des classes chimiques.</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>No method yet: calibrate one first (Calibration tab)</source>
        <translation>Pas encore de méthode&#xa0;: calibrez-en d&apos;abord une (onglet Calibrage)</translation>
    </message>
    <message>
        <source>There is no comparison method yet: calibrate one in the Calibration tab.</source>
        <translation>Il n&apos;y a pas encore de méthode de comparaison&#xa0;: calibrez-en une dans l&apos;onglet Calibrage.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Rapprochement…</translation>
    </message>
    <message>
        <source>Linkage cancelled; the links stored before are unchanged.</source>
        <translation>Rapprochement annulé&#xa0;; les liens enregistrés auparavant sont inchangés.</translation>
    </message>
    <message>
        <source>{profiles} profiles compared with {method}: {links} links in {classes} chemical classes.</source>
        <translation>{profiles} profils comparés avec {method}&#xa0;: {links} liens dans {classes} classes chimiques.</translation>
    </message>
    <message>
        <source>Laying out {n} seizures…</source>
        <translation>Disposition de {n} saisies…</translation>
    </message>
    <message>
        <source>{n} seizures, {links} links</source>
        <translation>{n} saisies, {links} liens</translation>
    </message>
    <message>
        <source>{drawn} of {n} seizures drawn: the best-connected one and those it reaches by the strongest links. {more} more seizures not drawn (Export links as CSV lists every link).</source>
        <translation>{drawn} saisies sur {n} dessinées&#xa0;: la mieux reliée et celles qu&apos;elle atteint par les liens les plus forts. {more} autres saisies ne sont pas dessinées (Exporter les liens en CSV liste tous les liens).</translation>
    </message>
    <message>
        <source>Only the best-connected seizures are named.</source>
        <translation>Seules les saisies les mieux reliées sont nommées.</translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>Exporter les liens</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} links written to {path}.</source>
        <translation>{n} liens écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Enrolment code for {lab}</source>
        <translation>Code d&apos;inscription pour {lab}</translation>
    </message>
    <message>
        <source>Give this code to {lab} ({country}); it works once, until {expires}. It names this hub and its key, so the laboratory cannot be sent elsewhere.</source>
        <translation>Remettez ce code à {lab} ({country})&#xa0;; il ne sert qu&apos;une fois, jusqu&apos;au {expires}. Il désigne ce serveur et sa clé&#xa0;: le laboratoire ne peut donc pas être redirigé ailleurs.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>What needs attention in the laboratory.</source>
        <translation>Ce qui demande votre attention au laboratoire.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Expired, still on the shelf</source>
        <translation>Périmés, encore en rayon</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Péremption dans les 30 jours</translation>
    </message>
    <message>
        <source>Low in stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <source>Requalifications due</source>
        <translation>Requalifications dues</translation>
    </message>
    <message>
        <source>Not yet shared with the network</source>
        <translation>Pas encore partagé avec le réseau</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>Dans le catalogue</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>What needs attention in the laboratory on {date}.</source>
        <translation>Ce qui demande votre attention au laboratoire le {date}.</translation>
    </message>
    <message>
        <source>Past the expiry or retest date but still in use or quarantined: retest them or take them out of service.</source>
        <translation>Date de péremption ou de recontrôle dépassée, mais toujours en service ou en quarantaine&#xa0;: recontrôlez-les ou retirez-les du service.</translation>
    </message>
    <message>
        <source>Nothing past its expiry date is on the shelf.</source>
        <translation>Aucun étalon périmé n&apos;est en rayon.</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} — expired %n day(s) ago</source>
        <translation>
            <numerusform>{code} · {substance} — périmé depuis %Ln jour</numerusform>
            <numerusform>{code} · {substance} — périmé depuis %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Order replacements or plan a retest.</source>
        <translation>Commandez un remplacement ou planifiez un recontrôle.</translation>
    </message>
    <message>
        <source>No standard expires in the next 30 days.</source>
        <translation>Aucun étalon n&apos;arrive à péremption dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>At or below their low-stock level (or a tenth of what was received).</source>
        <translation>À leur seuil de stock bas ou en dessous (ou à un dixième de la quantité reçue).</translation>
    </message>
    <message>
        <source>Every standard in use has enough left.</source>
        <translation>Tous les étalons en service sont en quantité suffisante.</translation>
    </message>
    <message>
        <source>{code} · {substance} — {left} of {received} {unit} left</source>
        <translation>{code} · {substance} — reste {left} sur {received} {unit}</translation>
    </message>
    <message>
        <source>Staff whose competence must be reassessed within 30 days or is overdue.</source>
        <translation>Membres du personnel dont la compétence doit être réévaluée dans les 30 jours, ou aurait déjà dû l&apos;être.</translation>
    </message>
    <message>
        <source>No requalification is due in the next 30 days.</source>
        <translation>Aucune requalification n&apos;est due dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>Records added, edited or deleted here that the regional hub has not confirmed yet. At the next sync, what the sharing policy allows leaves encrypted; nothing else leaves this computer.</source>
        <translation>Fiches ajoutées, modifiées ou supprimées ici que le serveur régional n’a pas encore confirmées. À la prochaine synchronisation, ce que la politique de partage autorise part chiffré ; rien d’autre ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Records kept in this catalogue.</source>
        <translation>Fiches conservées dans ce catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference sample(s)</source>
        <translation>
            <numerusform>%Ln échantillon de référence</numerusform>
            <numerusform>%Ln échantillons de référence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training record(s)</source>
        <translation>
            <numerusform>%Ln fiche de formation</numerusform>
            <numerusform>%Ln fiches de formation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiling result(s)</source>
        <translation>
            <numerusform>%Ln résultat de profilage</numerusform>
            <numerusform>%Ln résultats de profilage</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest entries of the audit trail.</source>
        <translation>Les dernières entrées de la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Show all {n} in the list →</source>
        <translation>Afficher les {n} dans la liste →</translation>
    </message>
    <message>
        <source>Show in the list →</source>
        <translation>Afficher dans la liste →</translation>
    </message>
    <message>
        <source>{code} · {substance} — expires today</source>
        <translation>{code} · {substance} — péremption aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} — in %n day(s)</source>
        <translation>
            <numerusform>{code} · {substance} — dans %Ln jour</numerusform>
            <numerusform>{code} · {substance} — dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %Ln jour</numerusform>
            <numerusform>en retard de %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>échéance dans %Ln jour</numerusform>
            <numerusform>échéance dans %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>DecimalChoice</name>
    <message>
        <source>Some numbers in this file can be read two ways: “12,500” is twelve thousand five hundred with a decimal point but twelve and a half with a decimal comma. LabNet reads them only once you say how the file writes numbers.</source>
        <translation>Certains nombres de ce fichier peuvent se lire de deux façons&#xa0;: «&#xa0;12,500&#xa0;» vaut douze mille cinq cents avec un point décimal, mais douze et demi avec une virgule décimale. LabNet ne les lit qu&apos;une fois que vous avez indiqué comment le fichier écrit les nombres.</translation>
    </message>
    <message>
        <source>Decimal separator of the file</source>
        <translation>Séparateur décimal du fichier</translation>
    </message>
    <message>
        <source>Read from each column (refuse what it leaves open)</source>
        <translation>Déduire de chaque colonne (refuser ce qui reste ambigu)</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.5</source>
        <translation>Point décimal&#xa0;: 1,234.5</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,5</source>
        <translation>Virgule décimale&#xa0;: 1.234,5</translation>
    </message>
    <message>
        <source>Numbers are written with a:</source>
        <translation>Les nombres s&apos;écrivent avec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <source>Deleted {things}</source>
        <translation>Fiches supprimées&#xa0;: {things}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Every version of the deleted record; its last values can be restored from there.</source>
        <translation>Chaque version de la fiche supprimée&#xa0;; ses dernières valeurs peuvent être restaurées à partir de là.</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Reference standard</source>
        <translation>Étalon de référence</translation>
    </message>
    <message>
        <source>Sample to profile</source>
        <translation>Échantillon à profiler</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilage</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>Résultat communiqué</translation>
    </message>
    <message>
        <source>Delivery refused</source>
        <translation>Livraison refusée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Décliné</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Vous est proposé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Exchange of {substance} ({step} by {lab}): {state}</source>
        <translation>Échange de {substance} ({step} par {lab})&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Refresh from the hub</source>
        <translation>Actualiser depuis le serveur</translation>
    </message>
    <message>
        <source>Request a standard…</source>
        <translation>Demander un étalon…</translation>
    </message>
    <message>
        <source>Offer a standard…</source>
        <translation>Proposer un étalon…</translation>
    </message>
    <message>
        <source>Submit a sample…</source>
        <translation>Soumettre un échantillon…</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Fourni par</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Décliner</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>Expédier…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Réceptionner…</translation>
    </message>
    <message>
        <source>Refuse delivery…</source>
        <translation>Refuser la livraison…</translation>
    </message>
    <message>
        <source>Declare lost…</source>
        <translation>Déclarer perdu…</translation>
    </message>
    <message>
        <source>Report result…</source>
        <translation>Communiquer le résultat…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Ce qui est partagé</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé le</translation>
    </message>
    <message>
        <source>Offer profiling…</source>
        <translation>Proposer un profilage…</translation>
    </message>
    <message>
        <source>Withdraw this offer</source>
        <translation>Retirer cette offre</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État constaté</translation>
    </message>
    <message>
        <source>Courier reference</source>
        <translation>Référence du transporteur</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Reading the exchanges…</source>
        <translation>Lecture des échanges…</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message numerus="yes">
        <source>Requests (%n)</source>
        <translation>
            <numerusform>Demandes (%n)</numerusform>
            <numerusform>Demandes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offers (%n)</source>
        <translation>
            <numerusform>Offres (%n)</numerusform>
            <numerusform>Offres (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shipments (%n)</source>
        <translation>
            <numerusform>Expéditions (%n)</numerusform>
            <numerusform>Expéditions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking the keys…</source>
        <translation>Déverrouillage des clés…</translation>
    </message>
    <message>
        <source>Request a reference standard</source>
        <translation>Demander un étalon de référence</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Needed by (YYYY-MM-DD)</source>
        <translation>Nécessaire avant le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Envoi de la demande…</translation>
    </message>
    <message>
        <source>The request went to the laboratories offering it.</source>
        <translation>La demande est partie vers les laboratoires qui le proposent.</translation>
    </message>
    <message>
        <source>Offer a reference standard</source>
        <translation>Proposer un étalon de référence</translation>
    </message>
    <message>
        <source>Inventory code</source>
        <translation>Code d&apos;inventaire</translation>
    </message>
    <message>
        <source>Amount you can spare</source>
        <translation>Quantité que vous pouvez céder</translation>
    </message>
    <message>
        <source>Sending the offer…</source>
        <translation>Envoi de l&apos;offre…</translation>
    </message>
    <message>
        <source>The standard is offered to the network.</source>
        <translation>L&apos;étalon est proposé au réseau.</translation>
    </message>
    <message>
        <source>Offer to profile seizure samples</source>
        <translation>Proposer de profiler des échantillons de saisie</translation>
    </message>
    <message>
        <source>Drug type</source>
        <translation>Type de drogue</translation>
    </message>
    <message>
        <source>Profiling is offered to the network.</source>
        <translation>Le profilage est proposé au réseau.</translation>
    </message>
    <message>
        <source>Withdrawing the offer…</source>
        <translation>Retrait de l&apos;offre…</translation>
    </message>
    <message>
        <source>The offer is withdrawn.</source>
        <translation>L&apos;offre est retirée.</translation>
    </message>
    <message>
        <source>Submit a seizure sample for profiling</source>
        <translation>Soumettre un échantillon de saisie pour profilage</translation>
    </message>
    <message>
        <source>Sample number</source>
        <translation>Numéro d&apos;échantillon</translation>
    </message>
    <message>
        <source>The request went to the laboratories offering profiling.</source>
        <translation>La demande est partie vers les laboratoires qui proposent le profilage.</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Traité par</translation>
    </message>
    <message>
        <source>Inventory code of the standard sent</source>
        <translation>Code d&apos;inventaire de l&apos;étalon envoyé</translation>
    </message>
    <message>
        <source>Inventory code it gets here</source>
        <translation>Code d&apos;inventaire qu&apos;il reçoit ici</translation>
    </message>
    <message>
        <source>Sample number of your profiling result</source>
        <translation>Numéro d&apos;échantillon de votre résultat de profilage</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Exchange {exchange}: {step}.</source>
        <translation>Échange {exchange}&#xa0;: {step}.</translation>
    </message>
</context>
<context>
    <name>FederationPage</name>
    <message>
        <source>released as it is</source>
        <translation>communiqué tel quel</translation>
    </message>
    <message>
        <source>released pseudonymised</source>
        <translation>communiqué pseudonymisé</translation>
    </message>
    <message>
        <source>released generalised</source>
        <translation>communiqué généralisé</translation>
    </message>
    <message>
        <source>stays here</source>
        <translation>reste ici</translation>
    </message>
    <message>
        <source>Peer networks search this network&apos;s profiles hit/no-hit: they learn that a profile matches, with a score and a reference to follow up, and more only when the owning laboratory agrees. Without a policy nothing leaves.</source>
        <translation>Les réseaux pairs interrogent les profils de ce réseau en mode correspondance/non-correspondance&#xa0;: ils apprennent qu&apos;un profil correspond, avec un score et une référence pour demander des détails, et davantage seulement si le laboratoire détenteur l&apos;accepte. Sans politique, rien ne part.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Methods in common</source>
        <translation>Méthodes communes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé le</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>RV</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Cross-network hits</source>
        <translation>Correspondances inter-réseaux</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Demandes de détails</translation>
    </message>
    <message>
        <source>Federation policy</source>
        <translation>Politique de fédération</translation>
    </message>
    <message>
        <source>Choose a peer to see its policy.</source>
        <translation>Choisissez un pair pour voir sa politique.</translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>our query</source>
        <translation>notre requête</translation>
    </message>
    <message>
        <source>their query</source>
        <translation>leur requête</translation>
    </message>
    <message>
        <source>revoked: {why}</source>
        <translation>révoqué&#xa0;: {why}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>waiting for the owner</source>
        <translation>en attente du détenteur</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>déclinée</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Asking the hub for the policy for {peer}…</source>
        <translation>Demande au serveur de la politique pour {peer}…</translation>
    </message>
    <message>
        <source>Federation policy for {peer}</source>
        <translation>Politique de fédération pour {peer}</translation>
    </message>
    <message>
        <source>The methods in common this peer may search, and our searches send it; and how a hit tells it each field of our record, as the laboratory&apos;s own sharing policy let the record into this network. Every laboratory decides first whether its records may be searched beyond the network at all.</source>
        <translation>Les méthodes communes que ce pair peut interroger et que nos recherches lui envoient&#xa0;; et comment une correspondance lui communique chaque champ de notre fiche, telle que la politique de partage du laboratoire l&apos;a laissée entrer dans ce réseau. Chaque laboratoire décide d&apos;abord si ses fiches peuvent être interrogées au-delà du réseau.</translation>
    </message>
    <message>
        <source>No policy yet: nothing leaves for this peer and none of its searches is run. Choose what may, then save.</source>
        <translation>Pas encore de politique&#xa0;: rien ne part vers ce pair et aucune de ses recherches n&apos;est exécutée. Choisissez ce qui est permis, puis enregistrez.</translation>
    </message>
    <message>
        <source>Methods that may be searched</source>
        <translation>Méthodes pouvant être interrogées</translation>
    </message>
    <message>
        <source>No method in common: publish the same method on both hubs.</source>
        <translation>Aucune méthode commune&#xa0;: publiez la même méthode sur les deux serveurs.</translation>
    </message>
    <message>
        <source>What a hit releases</source>
        <translation>Ce qu&apos;une correspondance communique</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>Un relecteur voit tout et ne modifie rien&#xa0;; il faut un administrateur du réseau.</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>{method}: {n} profile(s) of {labs} laboratory(ies) that allow it, as values under a new reference each search</source>
        <translation>{method}&#xa0;: {n} profil(s) de {labs} laboratoire(s) qui l&apos;autorisent, sous forme de valeurs avec une nouvelle référence à chaque recherche</translation>
    </message>
    <message>
        <source>{method}: not searched</source>
        <translation>{method}&#xa0;: non interrogée</translation>
    </message>
    <message>
        <source>(no result held here to show it on)</source>
        <translation>(aucun résultat détenu ici pour l&apos;illustrer)</translation>
    </message>
    <message>
        <source>A search sends</source>
        <translation>Une recherche envoie</translation>
    </message>
    <message>
        <source>A hit releases, for example</source>
        <translation>Une correspondance communique, par exemple</translation>
    </message>
    <message>
        <source>The policy for {peer} is saved.</source>
        <translation>La politique pour {peer} est enregistrée.</translation>
    </message>
    <message>
        <source>Saving the policy for {peer}…</source>
        <translation>Enregistrement de la politique pour {peer}…</translation>
    </message>
</context>
<context>
    <name>FederationPanel</name>
    <message>
        <source>Other networks</source>
        <translation>Autres réseaux</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Cross-network hits and follow-ups are asked of the hub: press Look.</source>
        <translation>Les correspondances inter-réseaux et les demandes de détails sont demandées au serveur&#xa0;: appuyez sur Consulter.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Ask the hub for this laboratory&apos;s cross-network hits and follow-ups</source>
        <translation>Demander au serveur les correspondances inter-réseaux et les demandes de détails de ce laboratoire</translation>
    </message>
    <message>
        <source>Ask for details…</source>
        <translation>Demander des détails…</translation>
    </message>
    <message>
        <source>Ask the other network for the details of this hit; the laboratory that holds the record approves or declines</source>
        <translation>Demander à l&apos;autre réseau les détails de cette correspondance&#xa0;; le laboratoire qui détient la fiche approuve ou décline</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Décliner…</translation>
    </message>
    <message>
        <source>Found in the network of {peer}: score {score}, LR {lr}</source>
        <translation>Trouvé dans le réseau de {peer}&#xa0;: score {score}, RV {lr}</translation>
    </message>
    <message>
        <source>Found by a search of {peer}: score {score}, LR {lr}</source>
        <translation>Trouvé par une recherche de {peer}&#xa0;: score {score}, RV {lr}</translation>
    </message>
    <message>
        <source>to answer</source>
        <translation>à traiter</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>approved: {released}</source>
        <translation>approuvée&#xa0;: {released}</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>déclinée</translation>
    </message>
    <message>
        <source>Follow-up asked by {peer}: {question}</source>
        <translation>Demande de détails de {peer}&#xa0;: {question}</translation>
    </message>
    <message>
        <source>Follow-up asked of {peer}</source>
        <translation>Demande de détails adressée à {peer}</translation>
    </message>
    <message>
        <source>{hits} cross-network hit(s); {n} follow-up(s) to answer.</source>
        <translation>{hits} correspondance(s) inter-réseaux&#xa0;; {n} demande(s) de détails à traiter.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Ask for details</source>
        <translation>Demander des détails</translation>
    </message>
    <message>
        <source>What would you like to know, and why?</source>
        <translation>Que souhaitez-vous savoir, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Asking the other network…</source>
        <translation>Interrogation de l&apos;autre réseau…</translation>
    </message>
    <message>
        <source>Follow-up asked of {peer}; the answer comes as a bulletin.</source>
        <translation>Demande de détails adressée à {peer}&#xa0;; la réponse arrivera sous forme de bulletin.</translation>
    </message>
    <message>
        <source>Decline the follow-up</source>
        <translation>Décliner la demande de détails</translation>
    </message>
    <message>
        <source>A note for the asking laboratory (optional):</source>
        <translation>Une note pour le laboratoire demandeur (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up approved: the chosen fields go to the asking network.</source>
        <translation>Demande de détails approuvée&#xa0;: les champs choisis partent vers le réseau demandeur.</translation>
    </message>
    <message>
        <source>Follow-up declined.</source>
        <translation>Demande de détails déclinée.</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>Envoi de la décision…</translation>
    </message>
</context>
<context>
    <name>FieldInputs</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Composé</translation>
    </message>
    <message>
        <source>Peak area</source>
        <translation>Aire du pic</translation>
    </message>
    <message>
        <source>Add compound</source>
        <translation>Ajouter un composé</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>e.g. 53-21-4</source>
        <translation>p. ex. 53-21-4</translation>
    </message>
    <message>
        <source>two letters, e.g. KE</source>
        <translation>deux lettres, p. ex. KE</translation>
    </message>
    <message>
        <source>separate several with ;</source>
        <translation>séparer les valeurs par&#xa0;;</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}&#x202f;: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list of named values</comment>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the words of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one {what} per row and the column names in the first row.</source>
        <translation>Un fichier CSV ou un classeur Excel (.xlsx), avec une ligne par {what} et les noms des colonnes sur la première ligne.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Drop a file here, or choose Browse…</source>
        <translation>Déposez un fichier ici, ou choisissez Parcourir…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>{cols} columns.</source>
        <translation>{cols} colonnes.</translation>
    </message>
    <message>
        <source>{rows} rows and {cols} columns.</source>
        <translation>{rows} lignes et {cols} colonnes.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>La lecture du fichier</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding in the list above (Windows-1251 for Russian, Windows-1256 for Arabic, Windows-1252 for Western European), then Next.</source>
        <translation>Choisissez l&apos;encodage du fichier dans la liste ci-dessus (Windows-1251 pour le russe, Windows-1256 pour l&apos;arabe, Windows-1252 pour les langues d&apos;Europe occidentale), puis Suivant.</translation>
    </message>
    <message>
        <source>Choose the sheet to import in the list above, then Next.</source>
        <translation>Choisissez la feuille à importer dans la liste ci-dessus, puis Suivant.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to LabNet</source>
        <translation>Bienvenue dans LabNet</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring instead of a passphrase</source>
        <translation>Conserver la clé dans le trousseau de cet ordinateur plutôt qu&apos;avec une phrase secrète</translation>
    </message>
    <message>
        <source>Your laboratory</source>
        <translation>Votre laboratoire</translation>
    </message>
    <message>
        <source>Its name and country, as the regional network will know it.</source>
        <translation>Son nom et son pays, tels que le réseau régional les connaîtra.</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Pays (deux lettres)</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>From the next start LabNet asks who is working and records every change under that person&apos;s name. Leave empty to go on without accounts for now (Settings adds them later).</source>
        <translation>Dès le prochain démarrage, LabNet demande qui travaille et enregistre chaque modification au nom de cette personne. Laissez vide pour continuer sans comptes pour l&apos;instant (vous pourrez en ajouter dans Paramètres).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>The laboratory&apos;s keys</source>
        <translation>Les clés du laboratoire</translation>
    </message>
    <message>
        <source>They seal and sign what the laboratory shares. They are kept encrypted with this passphrase (at least {n} characters; nobody can recover it, so keep it safe).</source>
        <translation>Elles scellent et signent ce que le laboratoire partage. Elles sont conservées chiffrées avec cette phrase secrète (au moins {n} caractères&#xa0;; personne ne peut la récupérer, gardez-la donc en lieu sûr).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Your regional hub (optional)</source>
        <translation>Votre serveur régional (facultatif)</translation>
    </message>
    <message>
        <source>If your hub&apos;s administrator gave you an enrolment code, paste it here. Otherwise leave it empty: the Network view enrols later. Until then nothing leaves this computer.</source>
        <translation>Si l&apos;administrateur de votre serveur vous a remis un code d&apos;inscription, collez-le ici. Sinon, laissez vide&#xa0;: la vue Réseau permet de s&apos;inscrire plus tard. D&apos;ici là, rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <source>Give the laboratory&apos;s name.</source>
        <translation>Indiquez le nom du laboratoire.</translation>
    </message>
    <message>
        <source>The country is two letters (ISO 3166), e.g. GH, KE, PE.</source>
        <translation>Le pays s&apos;écrit en deux lettres (ISO 3166), p. ex. GH, KE, PE.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password: at least 8 characters, typed the same twice.</source>
        <translation>Mot de passe de l&apos;administrateur&#xa0;: au moins 8 caractères, saisi deux fois à l&apos;identique.</translation>
    </message>
    <message>
        <source>The passphrase: at least {n} characters, typed the same twice.</source>
        <translation>La phrase secrète&#xa0;: au moins {n} caractères, saisie deux fois à l&apos;identique.</translation>
    </message>
    <message>
        <source>An enrolment code starts with LN1-; paste it whole, or leave the field empty.</source>
        <translation>Un code d&apos;inscription commence par LN1-&#xa0;; collez-le en entier, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation>Création des clés…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>Historique de {record}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Versions of the record</source>
        <translation>Versions de la fiche</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restaurer cette version…</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>current</source>
        <translation>active</translation>
    </message>
    <message>
        <source>{n} version(s) from the audit trail; the record is {state}. Values are checked against the digest stored with each version.</source>
        <translation>Versions tirées de la piste d&apos;audit&#xa0;: {n}&#xa0;; la fiche est {state}. Les valeurs sont contrôlées par rapport à l&apos;empreinte enregistrée avec chaque version.</translation>
    </message>
    <message numerus="yes">
        <source>Its values have already been restored as a new record %n time(s).</source>
        <translation>
            <numerusform>Ses valeurs ont déjà été restaurées comme nouvelle fiche %Ln fois.</numerusform>
            <numerusform>Ses valeurs ont déjà été restaurées comme nouvelle fiche %Ln fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s)</source>
        <translation>
            <numerusform>%Ln champ modifié</numerusform>
            <numerusform>%Ln champs modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed (the trail holds only the digest of this version)</source>
        <translation>Modifiée (la piste ne contient que l&apos;empreinte de cette version)</translation>
    </message>
    <message>
        <source>The record&apos;s last values, as the deletion recorded them.</source>
        <translation>Les dernières valeurs de la fiche, telles que la suppression les a enregistrées.</translation>
    </message>
    <message>
        <source>The audit trail holds who wrote this version, when, and the digest of its values, but not the values themselves.</source>
        <translation>La piste d&apos;audit indique qui a écrit cette version, quand, et l&apos;empreinte de ses valeurs, mais pas les valeurs elles-mêmes.</translation>
    </message>
    <message>
        <source>The values recovered for this version do not match the digest recorded when it was written. Run an audit verification.</source>
        <translation>Les valeurs retrouvées pour cette version ne correspondent pas à l&apos;empreinte enregistrée lors de son écriture. Lancez une vérification de l&apos;audit.</translation>
    </message>
    <message>
        <source>This version was written before the catalogue kept digests of records.</source>
        <translation>Cette version a été écrite avant que le catalogue ne conserve les empreintes des fiches.</translation>
    </message>
    <message>
        <source>The values match the digest recorded when this version was written.</source>
        <translation>Les valeurs correspondent à l&apos;empreinte enregistrée lors de l&apos;écriture de cette version.</translation>
    </message>
    <message>
        <source>Restored from a deleted record (its version {v})</source>
        <translation>Restaurée à partir d&apos;une fiche supprimée (sa version {v})</translation>
    </message>
    <message>
        <source>Restored from version {v}</source>
        <translation>Restaurée à partir de la version {v}</translation>
    </message>
    <message>
        <source>Withdrawal recorded: {amount} {unit}</source>
        <translation>Prélèvement consigné&#xa0;: {amount} {unit}</translation>
    </message>
    <message>
        <source>Certificate attached: {name}</source>
        <translation>Certificat joint&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>Seul un administrateur ou un responsable qualité peut restaurer une version antérieure d&apos;une fiche.</translation>
    </message>
    <message>
        <source>The values of this version cannot be recovered from the audit trail.</source>
        <translation>Les valeurs de cette version ne peuvent pas être retrouvées dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>C&apos;est la version actuelle.</translation>
    </message>
    <message>
        <source>Write this version&apos;s values back as a new change (the history keeps every version).</source>
        <translation>Réécrire les valeurs de cette version comme une nouvelle modification (l&apos;historique conserve toutes les versions).</translation>
    </message>
    <message>
        <source>Create the deleted record again with the values of its version {v}?</source>
        <translation>Recréer la fiche supprimée avec les valeurs de sa version {v}&#xa0;?</translation>
    </message>
    <message>
        <source>Write the values of version {v} back as a new version?</source>
        <translation>Réécrire les valeurs de la version {v} comme une nouvelle version&#xa0;?</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
</context>
<context>
    <name>HubConsole</name>
    <message>
        <source>LabNet hub console</source>
        <translation>Console du serveur LabNet</translation>
    </message>
    <message>
        <source>Hub console</source>
        <translation>Console du serveur</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Proficiency tests</source>
        <translation>Essais d&apos;aptitude</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Issue an enrolment code…</source>
        <translation>Émettre un code d&apos;inscription…</translation>
    </message>
    <message>
        <source>Revoke the selected laboratory…</source>
        <translation>Révoquer le laboratoire sélectionné…</translation>
    </message>
    <message>
        <source>Laboratories</source>
        <translation>Laboratoires</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Import a bundle from a USB stick…</source>
        <translation>Importer un paquet depuis une clé USB…</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Records received, cumulated, per laboratory</source>
        <translation>Fiches reçues, cumulées, par laboratoire</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé le</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Laboratory A</source>
        <translation>Laboratoire A</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Fiche A</translation>
    </message>
    <message>
        <source>Laboratory B</source>
        <translation>Laboratoire B</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Fiche B</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Links between laboratories</source>
        <translation>Liens entre laboratoires</translation>
    </message>
    <message>
        <source>What administrators did on the hub in the last 30 days, newest first (every entry is chained to the one before it).</source>
        <translation>Ce que les administrateurs ont fait sur le serveur au cours des 30 derniers jours, du plus récent au plus ancien (chaque entrée est chaînée à la précédente).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concernant</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Setting the first administrator&apos;s password…</source>
        <translation>Définition du mot de passe du premier administrateur…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>Un relecteur voit tout et ne modifie rien&#xa0;; il faut un administrateur du réseau.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>network administrator</source>
        <translation>administrateur du réseau</translation>
    </message>
    <message>
        <source>reviewer, read only</source>
        <translation>relecteur, lecture seule</translation>
    </message>
    <message>
        <source>Signed in to {url} as {name} ({role}): {n} laboratories, {active} active.</source>
        <translation>Connecté à {url} en tant que {name} ({role})&#xa0;: {n} laboratoires, {active} actifs.</translation>
    </message>
    <message>
        <source>revoked: {why}</source>
        <translation>révoqué&#xa0;: {why}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>clé USB</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>traité</translation>
    </message>
    <message>
        <source>{n} file(s) refused unread (not an authentic bundle of an enrolled laboratory).</source>
        <translation>{n} fichier(s) refusé(s) sans lecture (pas un paquet authentique d&apos;un laboratoire inscrit).</translation>
    </message>
    <message>
        <source>Enrol a laboratory</source>
        <translation>Inscrire un laboratoire</translation>
    </message>
    <message>
        <source>The laboratory&apos;s name:</source>
        <translation>Nom du laboratoire&#xa0;:</translation>
    </message>
    <message>
        <source>Its country (two letters, e.g. GH):</source>
        <translation>Son pays (deux lettres, p. ex. GH)&#xa0;:</translation>
    </message>
    <message>
        <source>Issuing a code…</source>
        <translation>Émission d&apos;un code…</translation>
    </message>
    <message>
        <source>Code issued for {lab}.</source>
        <translation>Code émis pour {lab}.</translation>
    </message>
    <message>
        <source>Choose a laboratory in the list first.</source>
        <translation>Choisissez d&apos;abord un laboratoire dans la liste.</translation>
    </message>
    <message>
        <source>Revoke {lab}</source>
        <translation>Révoquer {lab}</translation>
    </message>
    <message>
        <source>Why (recorded, and shown to the laboratory):</source>
        <translation>Motif (enregistré et communiqué au laboratoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>A bundle from a USB stick</source>
        <translation>Un paquet provenant d&apos;une clé USB</translation>
    </message>
    <message>
        <source>Sealed bundles (*.lnb);;All files (*)</source>
        <translation>Paquets scellés (*.lnb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Save the receipt for the laboratory</source>
        <translation>Enregistrer l&apos;accusé de réception pour le laboratoire</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>Accusés de réception (*.json)</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Non importé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Imported: {accepted} accepted, {duplicate} duplicate, {rejected} rejected.</source>
        <translation>Importé&#xa0;: {accepted} acceptées, {duplicate} en double, {rejected} rejetées.</translation>
    </message>
    <message>
        <source>Receipt saved to {path}: the laboratory imports it from the Network view.</source>
        <translation>Accusé de réception enregistré dans {path}&#xa0;: le laboratoire l&apos;importe depuis la vue Réseau.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>The rows are written in one go: if you cancel, or anything goes wrong, nothing is written and the catalogue stays as it was.</source>
        <translation>Les lignes sont écrites en une seule fois&#xa0;: si vous annulez, ou en cas de problème, rien n&apos;est écrit et le catalogue reste tel quel.</translation>
    </message>
    <message>
        <source>The file has {good} valid rows and {bad} rows with problems.</source>
        <translation>Le fichier contient {good} lignes valides et {bad} lignes avec des problèmes.</translation>
    </message>
    <message>
        <source>Import all rows (only possible when no row has a problem)</source>
        <translation>Importer toutes les lignes (possible uniquement si aucune ligne n&apos;a de problème)</translation>
    </message>
    <message>
        <source>Import only the valid rows ({good}); leave out the {bad} rows with problems</source>
        <translation>Importer uniquement les lignes valides ({good})&#xa0;; laisser de côté les {bad} lignes avec des problèmes</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation>Importer des {what}</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>L&apos;importation</translation>
    </message>
</context>
<context>
    <name>LinkOverlay</name>
    <message>
        <source>No overlay of {lab}&apos;s profile: this window is not connected to the network&apos;s hub.</source>
        <translation>Pas de superposition du profil de {lab}&#xa0;: cette fenêtre n&apos;est pas connectée au serveur du réseau.</translation>
    </message>
    <message>
        <source>Asking the hub for the profile {lab} shared…</source>
        <translation>Demande au serveur du profil partagé par {lab}…</translation>
    </message>
    <message>
        <source>No overlay: the hub holds no profile of {lab} that fits this notice (linked again since, under another method?).</source>
        <translation>Pas de superposition&#xa0;: le serveur ne détient aucun profil de {lab} correspondant à cet avis (lié de nouveau depuis, avec une autre méthode&#xa0;?).</translation>
    </message>
    <message>
        <source>No overlay: this laboratory has not adopted the method {name} v{version} the hub used (it is adopted at the next sync).</source>
        <translation>Pas de superposition&#xa0;: ce laboratoire n&apos;a pas adopté la méthode {name} v{version} utilisée par le serveur (elle sera adoptée à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>No overlay: this laboratory&apos;s profile is not one the method {name} v{version} compares.</source>
        <translation>Pas de superposition&#xa0;: le profil de ce laboratoire n&apos;est pas de ceux que compare la méthode {name} v{version}.</translation>
    </message>
    <message>
        <source>No overlay: the profile {lab} shared has none of the compounds the method {name} v{version} compares.</source>
        <translation>Pas de superposition&#xa0;: le profil partagé par {lab} ne contient aucun des composés que compare la méthode {name} v{version}.</translation>
    </message>
    <message>
        <source>This laboratory</source>
        <translation>Ce laboratoire</translation>
    </message>
    <message>
        <source>{a} and the profile {lab} shared: score {score:.4g}</source>
        <translation>{a} et le profil partagé par {lab}&#xa0;: score {score:.4g}</translation>
    </message>
    <message>
        <source>Overlaid: the profile {lab} shared with the network, as the hub holds it, under {method}; the score and likelihood ratio are the hub&apos;s.</source>
        <translation>Superposé&#xa0;: le profil que {lab} a partagé avec le réseau, tel que le serveur le détient, selon {method}&#xa0;; le score et le rapport de vraisemblance sont ceux du serveur.</translation>
    </message>
    <message>
        <source>Recomputed here the score is {here:.6g}, not the hub&apos;s {hub:.6g}: the method or a profile differs between here and the hub.</source>
        <translation>Recalculé ici, le score est de {here:.6g}, et non de {hub:.6g} comme sur le serveur&#xa0;: la méthode ou un profil diffère entre ici et le serveur.</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: the laboratory&apos;s keys were not unlocked.</source>
        <translation>Pas de superposition du profil de {lab}&#xa0;: les clés du laboratoire n&apos;ont pas été déverrouillées.</translation>
    </message>
    <message>
        <source>No overlay: {lab} has withdrawn this profile from the network; the hub no longer serves it.</source>
        <translation>Pas de superposition&#xa0;: {lab} a retiré ce profil du réseau&#xa0;; le serveur ne le fournit plus.</translation>
    </message>
    <message>
        <source>No overlay: {lab}&apos;s sharing policy keeps this profile&apos;s values in the laboratory.</source>
        <translation>Pas de superposition&#xa0;: la politique de partage de {lab} garde les valeurs de ce profil au laboratoire.</translation>
    </message>
    <message>
        <source>No overlay: {lab} has not shared this profile with the network, or it is no longer linked with this one.</source>
        <translation>Pas de superposition&#xa0;: {lab} n&apos;a pas partagé ce profil avec le réseau, ou il n&apos;est plus lié à celui-ci.</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: {reason}</source>
        <translation>Pas de superposition du profil de {lab}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No overlay of {lab}&apos;s profile: it could not be drawn.</source>
        <translation>Pas de superposition du profil de {lab}&#xa0;: il n&apos;a pas pu être tracé.</translation>
    </message>
</context>
<context>
    <name>LinkagePage</name>
    <message>
        <source>Linkage</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Similar profiles</source>
        <translation>Profils similaires</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrage</translation>
    </message>
    <message>
        <source>Chemical classes</source>
        <translation>Classes chimiques</translation>
    </message>
    <message>
        <source>Comparison method {name} v{version} chosen: choose a profile to compare.</source>
        <translation>Méthode de comparaison {name} v{version} choisie&#xa0;: choisissez un profil à comparer.</translation>
    </message>
    <message>
        <source>This laboratory has no comparison method named {name} yet: it is adopted at the next sync.</source>
        <translation>Ce laboratoire n&apos;a pas encore de méthode de comparaison nommée {name}&#xa0;: elle sera adoptée à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>LinkedPair</name>
    <message>
        <source>This laboratory</source>
        <translation>Ce laboratoire</translation>
    </message>
    <message>
        <source>{lab} ({country})</source>
        <translation>{lab} ({country})</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>N° d&apos;échantillon du laboratoire</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Rapport de vraisemblance</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>{name} v{version}, threshold {t:.4g}</source>
        <translation>{name} v{version}, seuil {t:.4g}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign in to LabNet</source>
        <translation>Connexion à LabNet</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Qui travaille&#xa0;?</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the audit trail under your name.</source>
        <translation>Chaque modification que vous faites est enregistrée dans la piste d&apos;audit à votre nom.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Quit LabNet</source>
        <translation>Quitter LabNet</translation>
    </message>
    <message>
        <source>This is the demo catalogue: every account&apos;s password is “{password}”.</source>
        <translation>Ceci est le catalogue de démonstration&#xa0;: le mot de passe de chaque compte est «&#xa0;{password}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose your account in the list.</source>
        <translation>Choisissez votre compte dans la liste.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LabNet — {path}</source>
        <translation>LabNet — {path}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Catalogue: {path}</source>
        <translation>Catalogue&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Fichier du catalogue</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Acting as: {user}</source>
        <translation>Utilisateur&#xa0;: {user}</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Qui travaille</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>What needs attention today: reference samples expired or expiring, low stock, requalifications due, and what the network has not received yet.</source>
        <translation>Ce qui demande votre attention aujourd&apos;hui&#xa0;: échantillons de référence périmés ou bientôt périmés, stock bas, requalifications dues, et ce que le réseau n&apos;a pas encore reçu.</translation>
    </message>
    <message>
        <source>Reference samples</source>
        <translation>Échantillons de référence</translation>
    </message>
    <message>
        <source>Reference standards with their certificates, expiry and retest dates, storage, status and the usage log that forms each one&apos;s chain of custody (ISO/IEC 17025 §6.4, §6.5).</source>
        <translation>Étalons de référence avec leurs certificats, dates de péremption et de recontrôle, stockage, statut et le registre d&apos;utilisation qui constitue la chaîne de traçabilité de chacun (ISO/IEC 17025 §6.4, §6.5).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Training and competence of each member of staff (ISO/IEC 17025 §6.2): courses, supervised practice, assessments, proficiency tests, authorisations and requalification dates.</source>
        <translation>Formation et compétence de chaque membre du personnel (ISO/IEC 17025 §6.2)&#xa0;: cours, pratique supervisée, évaluations, essais d&apos;aptitude, habilitations et dates de requalification.</translation>
    </message>
    <message>
        <source>Profiling results</source>
        <translation>Résultats de profilage</translation>
    </message>
    <message>
        <source>Chemical and physical profiles of seized drugs: composition, target compounds, tablet characteristics and packaging, and the reference samples used.</source>
        <translation>Profils chimiques et physiques des drogues saisies&#xa0;: composition, composés cibles, caractéristiques des comprimés et conditionnement, et échantillons de référence utilisés.</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Comparing profiles to link seizures: pretreatment and comparison metric, calibration on linked and unlinked pairs, the link threshold, and the chemical classes that result.</source>
        <translation>Comparaison des profils pour relier des saisies&#xa0;: prétraitement et métrique de comparaison, calibrage sur des paires liées et non liées, seuil de lien, et classes chimiques qui en résultent.</translation>
    </message>
    <message>
        <source>Taking part in the regional network: enrolment with the hub, what waits to be sent, syncing, the sealed bundles sent with their receipts, and the hub&apos;s bulletins.</source>
        <translation>Participation au réseau régional&#xa0;: inscription auprès du serveur, envois en attente, synchronisation, paquets scellés envoyés avec leurs accusés de réception, et bulletins du serveur.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Reference standards and seizure samples between the network&apos;s laboratories: offers, requests the hub routes to the laboratories offering them, and each shipment&apos;s custody entries.</source>
        <translation>Étalons de référence et échantillons de saisie entre les laboratoires du réseau&#xa0;: offres, demandes que le serveur achemine vers les laboratoires qui les proposent, et les entrées de traçabilité de chaque expédition.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The data folder, the audit trail, backups and user accounts.</source>
        <translation>Le dossier de données, la piste d&apos;audit, les sauvegardes et les comptes utilisateurs.</translation>
    </message>
    <message>
        <source>The hub found {n} link(s) between this laboratory&apos;s seizures and other laboratories&apos;. See Network.</source>
        <translation>Le serveur a trouvé {n} lien(s) avec d&apos;autres laboratoires. Voir Réseau.</translation>
    </message>
    <message>
        <source>Network: {n} new link(s)</source>
        <translation>Réseau&#xa0;: {n} nouveau(x) lien(s)</translation>
    </message>
    <message>
        <source>LabNet: links with other laboratories</source>
        <translation>LabNet&#xa0;: liens avec d&apos;autres laboratoires</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export this view…</source>
        <translation>E&amp;xporter cette vue…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Back up the catalogue…</source>
        <translation>&amp;Sauvegarder le catalogue…</translation>
    </message>
    <message>
        <source>&amp;Hub console…</source>
        <translation>&amp;Console du serveur…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>C&amp;hanger d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>D&amp;uplicate record…</source>
        <translation>D&amp;upliquer la fiche…</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;Supprimer la fiche…</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>&amp;Historique de la fiche…</translation>
    </message>
    <message>
        <source>Deleted records…</source>
        <translation>Fiches supprimées…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;About LabNet</source>
        <translation>À &amp;propos de LabNet</translation>
    </message>
    <message>
        <source>This catalogue has no user accounts; an administrator can create them in Settings.</source>
        <translation>Ce catalogue n&apos;a pas de comptes utilisateurs&#xa0;; un administrateur peut en créer dans Paramètres.</translation>
    </message>
    <message>
        <source>About LabNet</source>
        <translation>À propos de LabNet</translation>
    </message>
    <message>
        <source>&lt;b&gt;LabNet {version}&lt;/b&gt;&lt;p&gt;The catalogue of a forensic drug-analysis laboratory — reference standards, training records and drug-profiling results — kept offline, and shared with its regional forensic network as the laboratory chooses.&lt;/p&gt;&lt;p&gt;Catalogue: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;LabNet {version}&lt;/b&gt;&lt;p&gt;Le catalogue d&apos;un laboratoire d&apos;analyse criminalistique des drogues — étalons de référence, fiches de formation et résultats de profilage des drogues —, tenu hors ligne et partagé avec son réseau criminalistique régional selon les choix du laboratoire.&lt;/p&gt;&lt;p&gt;Catalogue&#xa0;: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>Impossible d&apos;ouvrir le catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention: see View → Notifications.</source>
        <translation>
            <numerusform>%Ln élément demande votre attention&#xa0;: voir Affichage → Notifications.</numerusform>
            <numerusform>%Ln éléments demandent votre attention&#xa0;: voir Affichage → Notifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>LabNet will speak {language} from its next start.</source>
        <translation>LabNet sera en {language} à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now? Work in progress is finished and saved first.</source>
        <translation>Redémarrer maintenant ? Le travail en cours est d’abord terminé et enregistré.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Finishing the work in progress before closing…</source>
        <translation>Fin du travail en cours avant la fermeture…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen here. LabNet has guessed from the column names; change what it got wrong, or choose “ignore”.</source>
        <translation>Chaque colonne du fichier remplit le champ choisi ici. LabNet a fait des propositions d&apos;après les noms des colonnes&#xa0;; corrigez ce qui est faux, ou choisissez «&#xa0;ignorer&#xa0;».</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Importée dans</translation>
    </message>
    <message>
        <source>— ignore this column —</source>
        <translation>— ignorer cette colonne —</translation>
    </message>
    <message>
        <source>Peak area of {name}</source>
        <translation>Aire du pic de {name}</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Champ pour la colonne {column}</translation>
    </message>
    <message>
        <source>No column fills {field}, which every record needs.</source>
        <translation>Aucune colonne ne remplit {field}, obligatoire pour chaque fiche.</translation>
    </message>
    <message>
        <source>The columns {columns} all fill the same field; keep one.</source>
        <translation>Les colonnes {columns} remplissent toutes le même champ&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <source>Automatic sync waits until the keys are unlocked: press Sync now once.</source>
        <translation>La synchronisation automatique attend que les clés soient déverrouillées&#xa0;: appuyez une fois sur Synchroniser.</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Dossier sur la clé USB</translation>
    </message>
    <message>
        <source>A receipt or bulletin file from the hub</source>
        <translation>Un fichier d&apos;accusé de réception ou de bulletin du serveur</translation>
    </message>
    <message>
        <source>Hub files (*.json *.jsonl *.receipt);;All files (*)</source>
        <translation>Fichiers du serveur (*.json *.jsonl *.receipt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>Scellement du paquet…</translation>
    </message>
    <message>
        <source>Nothing to send: every change is delivered or stays here under the sharing policy.</source>
        <translation>Rien à envoyer&#xa0;: chaque modification est transmise ou reste ici selon la politique de partage.</translation>
    </message>
    <message>
        <source>{records} record(s) sealed into {files}. Hand the stick to the hub&apos;s administrator; the receipt comes back the same way.</source>
        <translation>{records} fiche(s) scellée(s) dans {files}. Remettez la clé à l&apos;administrateur du serveur&#xa0;; l&apos;accusé de réception revient par le même chemin.</translation>
    </message>
    <message>
        <source>This receipt was already applied; nothing changed.</source>
        <translation>Cet accusé de réception a déjà été appliqué&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The hub refused that bundle whole: {reason}. Its records stay to be sent.</source>
        <translation>Le serveur a refusé ce paquet en entier&#xa0;: {reason}. Ses fiches restent à envoyer.</translation>
    </message>
    <message>
        <source>Receipt applied: {accepted} accepted, {duplicate} already at the hub, {rejected} rejected.</source>
        <translation>Accusé de réception appliqué&#xa0;: {accepted} acceptées, {duplicate} déjà sur le serveur, {rejected} rejetées.</translation>
    </message>
    <message>
        <source>Followed the hub&apos;s new keys (signing key {key}); bundles are now sealed to them. Older hub keys: {retired} retired, {revoked} revoked.</source>
        <translation>Les nouvelles clés du serveur ont été adoptées (clé de signature {key})&#xa0;; les paquets sont désormais scellés pour elles. Anciennes clés du serveur&#xa0;: {retired} retirée(s), {revoked} révoquée(s).</translation>
    </message>
    <message>
        <source>The hub&apos;s keys are those pinned here (signing key {key}). Older hub keys: {retired} retired, {revoked} revoked.</source>
        <translation>Les clés du serveur sont celles épinglées ici (clé de signature {key}). Anciennes clés du serveur&#xa0;: {retired} retirée(s), {revoked} révoquée(s).</translation>
    </message>
    <message>
        <source>{n} bulletin(s) checked, {new} new.</source>
        <translation>{n} bulletin(s) vérifié(s), dont {new} nouveau(x).</translation>
    </message>
    <message>
        <source>Enrol with the hub</source>
        <translation>S&apos;inscrire auprès du serveur</translation>
    </message>
    <message>
        <source>The enrolment code from your hub&apos;s administrator (LN1-…):</source>
        <translation>Le code d&apos;inscription fourni par l&apos;administrateur de votre serveur (LN1-…)&#xa0;:</translation>
    </message>
    <message>
        <source>Keys created and enrolled with {hub}.</source>
        <translation>Clés créées et inscription effectuée auprès de {hub}.</translation>
    </message>
    <message>
        <source>Keys created; the enrolment did not work: {why}</source>
        <translation>Clés créées&#xa0;; l&apos;inscription a échoué&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Keys created. Enrol with the code from your hub&apos;s administrator when you have it.</source>
        <translation>Clés créées. Inscrivez-vous avec le code de l&apos;administrateur de votre serveur dès que vous l&apos;aurez.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>Enrolled with {hub}; Sync now shares what the policy allows.</source>
        <translation>Inscription effectuée auprès de {hub}&#xa0;; Synchroniser partage ce que la politique autorise.</translation>
    </message>
    <message>
        <source>Sharing policy saved; the next sync follows it.</source>
        <translation>Politique de partage enregistrée&#xa0;; la prochaine synchronisation l&apos;appliquera.</translation>
    </message>
</context>
<context>
    <name>NetworkFederation</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{n} cross-network hit(s): this laboratory&apos;s profiles found in the network of {peer}</source>
        <translation>{n} correspondance(s) inter-réseaux&#xa0;: des profils de ce laboratoire trouvés dans le réseau de {peer}</translation>
    </message>
    <message>
        <source>{n} cross-network hit(s): a search by the network of {peer} found this laboratory&apos;s profiles</source>
        <translation>{n} correspondance(s) inter-réseaux&#xa0;: une recherche du réseau de {peer} a trouvé des profils de ce laboratoire</translation>
    </message>
    <message>
        <source>The network of {peer} asks for the details of a hit on one of this laboratory&apos;s records: approve or decline it below</source>
        <translation>Le réseau de {peer} demande les détails d&apos;une correspondance sur une fiche de ce laboratoire&#xa0;: approuvez ou déclinez ci-dessous</translation>
    </message>
    <message>
        <source>The owner in the network of {peer} approved your follow-up: {released}</source>
        <translation>Le détenteur dans le réseau de {peer} a approuvé votre demande de détails&#xa0;: {released}</translation>
    </message>
    <message>
        <source>The owner in the network of {peer} declined your follow-up{note}</source>
        <translation>Le détenteur dans le réseau de {peer} a décliné votre demande de détails{note}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Check with the hub</source>
        <translation>Vérifier auprès du serveur</translation>
    </message>
    <message>
        <source>Ask the hub what it holds of this laboratory&apos;s records and send whatever differs from the sharing policy: records missing or out of date there, or to withdraw (after a backup was restored here or there)</source>
        <translation>Demander au serveur ce qu&apos;il détient des fiches de ce laboratoire et envoyer tout ce qui diffère de la politique de partage&#xa0;: fiches absentes ou périmées là-bas, ou à retirer (après la restauration d&apos;une sauvegarde ici ou là-bas)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost and the next one resumes</source>
        <translation>Arrêter cette synchronisation&#xa0;; rien n&apos;est perdu et la suivante reprendra</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Synchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>after a change, whenever the hub answers.</source>
        <translation>après une modification, dès que le serveur répond.</translation>
    </message>
    <message>
        <source>Export for a USB stick…</source>
        <translation>Exporter pour une clé USB…</translation>
    </message>
    <message>
        <source>Seal the next bundle into a folder, for a laboratory without a connection; the hub&apos;s administrator imports it</source>
        <translation>Sceller le prochain paquet dans un dossier, pour un laboratoire sans connexion&#xa0;; l&apos;administrateur du serveur l&apos;importe</translation>
    </message>
    <message>
        <source>Import from the hub…</source>
        <translation>Importer depuis le serveur…</translation>
    </message>
    <message>
        <source>A receipt or a bulletin file the hub&apos;s administrator wrote</source>
        <translation>Un fichier d&apos;accusé de réception ou de bulletin écrit par l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>Sharing policy…</source>
        <translation>Politique de partage…</translation>
    </message>
    <message>
        <source>What leaves the laboratory, field by field, with a preview</source>
        <translation>Ce qui quitte le laboratoire, champ par champ, avec un aperçu</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Paquets envoyés</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>From the hub</source>
        <translation>Reçu du serveur</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>Enrolled with {hub}</source>
        <translation>Inscrit auprès de {hub}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Hub at {url}; last successful sync: {last}.</source>
        <translation>Serveur&#xa0;: {url}&#xa0;; dernière synchronisation réussie&#xa0;: {last}.</translation>
    </message>
    <message>
        <source>Network: {hub}, {n} change(s) to send</source>
        <translation>Réseau&#xa0;: {hub}, {n} modification(s) à envoyer</translation>
    </message>
    <message>
        <source>Network: {hub} cannot be reached; {n} change(s) wait, next try in {m} min</source>
        <translation>Réseau&#xa0;: {hub} injoignable&#xa0;; {n} modification(s) en attente, prochain essai dans {m} min</translation>
    </message>
    <message>
        <source>Not enrolled with a hub yet</source>
        <translation>Pas encore inscrit auprès d&apos;un serveur</translation>
    </message>
    <message>
        <source>Enrol with the code from your hub&apos;s administrator: labnet enrol CODE. Until then nothing leaves this computer.</source>
        <translation>Inscrivez-vous avec le code de l&apos;administrateur de votre serveur&#xa0;: labnet enrol CODE. D&apos;ici là, rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Network: not enrolled</source>
        <translation>Réseau&#xa0;: non inscrit</translation>
    </message>
    <message>
        <source>This laboratory has no network keys yet</source>
        <translation>Ce laboratoire n&apos;a pas encore de clés réseau</translation>
    </message>
    <message>
        <source>Create them with: labnet init --lab NAME --country CC. Until then nothing leaves this computer.</source>
        <translation>Créez-les avec&#xa0;: labnet init --lab NOM --country CC. D&apos;ici là, rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Network: not set up</source>
        <translation>Réseau&#xa0;: non configuré</translation>
    </message>
    <message>
        <source>{kind}: {n}</source>
        <comment>a kind of record and how many of its changes wait, in a list</comment>
        <translation>{kind}&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} change(s) not yet confirmed by the hub ({kinds}).</source>
        <translation>{n} modification(s) pas encore confirmée(s) par le serveur ({kinds}).</translation>
    </message>
    <message>
        <source>Every change is confirmed by the hub or stays here under the sharing policy.</source>
        <translation>Chaque modification est confirmée par le serveur ou reste ici selon la politique de partage.</translation>
    </message>
    <message>
        <source>Set up the network keys…</source>
        <translation>Configurer les clés réseau…</translation>
    </message>
    <message>
        <source>Enrol with a code…</source>
        <translation>S&apos;inscrire avec un code…</translation>
    </message>
    <message>
        <source>confirmed: {accepted} accepted, {duplicate} already there, {rejected} refused</source>
        <translation>confirmé&#xa0;: {accepted} acceptées, {duplicate} déjà présentes, {rejected} refusées</translation>
    </message>
    <message>
        <source>refused whole: {reason}</source>
        <translation>refusé en entier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>waiting for the receipt</source>
        <translation>en attente de l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>{kb} kB</source>
        <translation>{kb} ko</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Refused by the hub:</source>
        <translation>Refusé par le serveur&#xa0;:</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <source>{n} link(s): this laboratory&apos;s {samples} with seizures of {labs}</source>
        <translation>{n} lien(s)&#xa0;: les échantillons {samples} de ce laboratoire avec des saisies de {labs}</translation>
    </message>
    <message>
        <source>The network adopted the comparison method {name} v{version} for {drug}</source>
        <translation>Le réseau a adopté la méthode de comparaison {name} v{version} pour {drug}</translation>
    </message>
    <message>
        <source>Notice: {text}</source>
        <translation>Avis&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Proficiency test {round}: {n} result(s) to send by {deadline}, as participant {code}</source>
        <translation>Essai d&apos;aptitude {round}&#xa0;: résultats à envoyer avant le {deadline}&#xa0;: {n}, comme participant {code}</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>satisfaisant</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>discutable</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>insatisfaisant</translation>
    </message>
    <message>
        <source>{analyte} in {material}: {kind} = {z} ({outcome})</source>
        <translation>{analyte} dans {material}&#xa0;: {kind} = {z} ({outcome})</translation>
    </message>
    <message>
        <source>Proficiency test {round}, your scores: {scores}</source>
        <translation>Essai d&apos;aptitude {round}, vos scores&#xa0;: {scores}</translation>
    </message>
    <message>
        <source>none (no assigned value)</source>
        <translation>aucun (pas de valeur assignée)</translation>
    </message>
    <message>
        <source>Proficiency test {round} closed: the round&apos;s summary ({n} participant(s))</source>
        <translation>Essai d&apos;aptitude {round} clos&#xa0;: la synthèse du tour (participants&#xa0;: {n})</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Double-click to open the record.</source>
        <translation>Double-cliquez pour ouvrir la fiche.</translation>
    </message>
    <message numerus="yes">
        <source>LabNet: %n item(s) need attention</source>
        <translation>
            <numerusform>LabNet&#xa0;: %Ln élément demande votre attention</numerusform>
            <numerusform>LabNet&#xa0;: %Ln éléments demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…et {n} autres</translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expired on {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>{code} · {substance} périmé le {date} (il y a %Ln jour)</numerusform>
            <numerusform>{code} · {substance} périmé le {date} (il y a %Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} · {substance} expires on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{code} · {substance} se périme le {date} (dans %Ln jour)</numerusform>
            <numerusform>{code} · {substance} se périme le {date} (dans %Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{staff} · {area}: requalification due on {date} (in %n day(s))</source>
        <translation>
            <numerusform>{staff} · {area}&#xa0;: requalification due le {date} (dans %Ln jour)</numerusform>
            <numerusform>{staff} · {area}&#xa0;: requalification due le {date} (dans %Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>{staff} · {area}: requalification overdue since {date}</source>
        <translation>{staff} · {area}&#xa0;: requalification échue depuis le {date}</translation>
    </message>
</context>
<context>
    <name>NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Sharing policy: what leaves the laboratory</source>
        <translation>Politique de partage&#xa0;: ce qui quitte le laboratoire</translation>
    </message>
    <message>
        <source>leaves as it is</source>
        <translation>part tel quel</translation>
    </message>
    <message>
        <source>leaves pseudonymised</source>
        <translation>part pseudonymisé</translation>
    </message>
    <message>
        <source>leaves generalised</source>
        <translation>part généralisé</translation>
    </message>
    <message>
        <source>stays here</source>
        <translation>reste ici</translation>
    </message>
    <message>
        <source>For each kind of record: whether it is shared at all, only the records marked shareable, and how each field leaves. A pseudonym is a keyed hash only this laboratory can trace back; generalised dates become months, places regions, quantities ranges.</source>
        <translation>Pour chaque type de fiche&#xa0;: s&apos;il est partagé ou non, seulement les fiches marquées partageables, et la façon dont chaque champ part. Un pseudonyme est un hachage à clé que seul ce laboratoire peut retracer&#xa0;; une fois généralisées, les dates deviennent des mois, les lieux des régions, les quantités des plages.</translation>
    </message>
    <message>
        <source>Share these records with the network</source>
        <translation>Partager ces fiches avec le réseau</translation>
    </message>
    <message>
        <source>Only records marked “shareable”</source>
        <translation>Seulement les fiches marquées «&#xa0;partageables&#xa0;»</translation>
    </message>
    <message>
        <source> (personal)</source>
        <translation> (donnée personnelle)</translation>
    </message>
    <message>
        <source> (sensitive)</source>
        <translation> (donnée sensible)</translation>
    </message>
    <message>
        <source>The next bundle would carry</source>
        <translation>Le prochain paquet contiendrait</translation>
    </message>
    <message>
        <source>Only an administrator may change what leaves the laboratory</source>
        <translation>Seul un administrateur peut modifier ce qui quitte le laboratoire</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>{n} record(s) would leave ({kinds}); {withheld} changed record(s) stay here.</source>
        <translation>{n} fiche(s) partiraient ({kinds})&#xa0;; {withheld} fiche(s) modifiée(s) restent ici.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>A trial run: nothing is written yet. Every row with a problem is listed with the reason, so that you can correct the file or leave those rows out.</source>
        <translation>Un essai à blanc&#xa0;: rien n&apos;est encore écrit. Chaque ligne qui pose problème est listée avec la raison, pour que vous puissiez corriger le fichier ou laisser ces lignes de côté.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Lignes avec problèmes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>{rows} rows read; {good} can be imported.</source>
        <translation>{rows} lignes lues&#xa0;; {good} peuvent être importées.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>Correct this before saving:</source>
        <translation>Corrigez ceci avant d&apos;enregistrer&#xa0;:</translation>
    </message>
    <message>
        <source>Correct these {n} problems before saving:</source>
        <translation>Corrigez ces {n} problèmes avant d&apos;enregistrer&#xa0;:</translation>
    </message>
    <message>
        <source>To save, fill in: {names}.</source>
        <translation>Pour enregistrer, remplissez&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>ProficiencyPage</name>
    <message>
        <source>Proficiency-test rounds (ISO/IEC 17043, statistics by ISO 13528). Each participant gets the round as a signed bulletin and sends its results sealed to the hub; after the deadline, closing the round scores them and sends each laboratory its report and everyone the summary.</source>
        <translation>Tours d&apos;essais d&apos;aptitude (ISO/IEC 17043, statistiques selon ISO 13528). Chaque participant reçoit le tour sous forme de bulletin signé et envoie ses résultats scellés au serveur&#xa0;; après la date limite, la clôture du tour les évalue et envoie à chaque laboratoire son rapport et à tous la synthèse.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sent results</source>
        <translation>Résultats envoyés</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nouveau tour…</translation>
    </message>
    <message>
        <source>Close the selected round…</source>
        <translation>Clore le tour sélectionné…</translation>
    </message>
    <message>
        <source>Choose a round to see it.</source>
        <translation>Choisissez un tour pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation>clos le {when}</translation>
    </message>
    <message>
        <source>deadline passed: to close</source>
        <translation>date limite passée&#xa0;: à clore</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>{sent} of {labs}</source>
        <translation>{sent} sur {labs}</translation>
    </message>
    <message>
        <source>A reviewer sees everything and changes nothing; this needs a network administrator.</source>
        <translation>Un relecteur voit tout et ne modifie rien&#xa0;; il faut un administrateur du réseau.</translation>
    </message>
    <message>
        <source>Asking the hub for round {round}…</source>
        <translation>Demande du tour {round} au serveur…</translation>
    </message>
    <message>
        <source>Round {round}</source>
        <translation>Tour {round}</translation>
    </message>
    <message>
        <source>Deadline {deadline}; created {created} by {who}; {sent} of {labs} participants sent results ({codes}).</source>
        <translation>Date limite {deadline}&#xa0;; créé le {created} par {who}&#xa0;; {sent} participants sur {labs} ont envoyé des résultats ({codes}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Analyte</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>u(reference)</source>
        <translation>u(référence)</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>The scores appear here once the round is closed.</source>
        <translation>Les scores apparaissent ici une fois le tour clos.</translation>
    </message>
    <message>
        <source>Closed {when}. Each laboratory appears under its anonymous code.</source>
        <translation>Clos le {when}. Chaque laboratoire apparaît sous son code anonyme.</translation>
    </message>
    <message>
        <source>No assigned value: {reason}</source>
        <translation>Pas de valeur assignée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Algorithm A (ISO 13528)</source>
        <translation>Algorithme A (ISO 13528)</translation>
    </message>
    <message>
        <source>reference value</source>
        <translation>valeur de référence</translation>
    </message>
    <message>
        <source>Assigned value x_pt = {x} ({method}), σ_pt = {s}, u(x_pt) = {u}.</source>
        <translation>Valeur assignée x_pt = {x} ({method}), σ_pt = {s}, u(x_pt) = {u}.</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>satisfaisant</translation>
    </message>
    <message>
        <source>questionable</source>
        <translation>discutable</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>insatisfaisant</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Laboratories along the axis: {key}. Solid line: x_pt (or 0 for the scores); orange dashes: ±2; grey dashes: ±3.</source>
        <translation>Laboratoires le long de l&apos;axe&#xa0;: {key}. Trait plein&#xa0;: x_pt (ou 0 pour les scores)&#xa0;; tirets orange&#xa0;: ±2&#xa0;; tirets gris&#xa0;: ±3.</translation>
    </message>
    <message>
        <source>Creating round {round}…</source>
        <translation>Création du tour {round}…</translation>
    </message>
    <message>
        <source>Round {round} created; each participating laboratory has its bulletin.</source>
        <translation>Tour {round} créé&#xa0;; chaque laboratoire participant a reçu son bulletin.</translation>
    </message>
    <message>
        <source>Close round {round}</source>
        <translation>Clore le tour {round}</translation>
    </message>
    <message>
        <source>Close round {round}? Its results are scored and each laboratory gets its report and everyone the summary; no result is taken afterwards.</source>
        <translation>Clore le tour {round}&#xa0;? Ses résultats sont évalués, chaque laboratoire reçoit son rapport et tous la synthèse&#xa0;; aucun résultat n&apos;est accepté ensuite.</translation>
    </message>
    <message>
        <source>Choose a round in the list first.</source>
        <translation>Choisissez d&apos;abord un tour dans la liste.</translation>
    </message>
    <message>
        <source>Round {round} takes results until {deadline}; close it after that.</source>
        <translation>Le tour {round} accepte des résultats jusqu&apos;au {deadline}&#xa0;; clôturez-le après.</translation>
    </message>
    <message>
        <source>Closing round {round}…</source>
        <translation>Clôture du tour {round}…</translation>
    </message>
    <message>
        <source>Round {round} closed; each laboratory has its report and everyone the summary.</source>
        <translation>Tour {round} clos&#xa0;; chaque laboratoire a reçu son rapport et tous la synthèse.</translation>
    </message>
</context>
<context>
    <name>ProfilingExtras</name>
    <message>
        <source>Load target list</source>
        <translation>Charger la liste cible</translation>
    </message>
    <message>
        <source>Load the target list of the drug type</source>
        <translation>Charger la liste cible du type de drogue</translation>
    </message>
    <message>
        <source>{n} compounds added from the {drug} target list; fill in the peak areas (leave blank what was not reported).</source>
        <translation>{n} composés ajoutés depuis la liste cible ({drug})&#xa0;; remplissez les aires des pics (laissez vide ce qui n&apos;a pas été rapporté).</translation>
    </message>
    <message>
        <source>Choose a drug type that has a harmonised target list.</source>
        <translation>Choisissez un type de drogue qui a une liste cible harmonisée.</translation>
    </message>
    <message>
        <source>LabNet has no target list for this drug type.</source>
        <translation>LabNet n&apos;a pas de liste cible pour ce type de drogue.</translation>
    </message>
    <message>
        <source>compound {name} appears twice</source>
        <translation>le composé {name} figure deux fois</translation>
    </message>
</context>
<context>
    <name>PtActions</name>
    <message>
        <source>Enter results…</source>
        <translation>Saisir les résultats…</translation>
    </message>
    <message>
        <source>Enter this round&apos;s results, a box per test material, and send them signed to the hub</source>
        <translation>Saisir les résultats de ce tour, une case par matériau d&apos;essai, et les envoyer signés au serveur</translation>
    </message>
    <message>
        <source>Record in competence records…</source>
        <translation>Consigner dans les dossiers de compétence…</translation>
    </message>
    <message>
        <source>Add each score of this result to the training records of the staff member the round tested</source>
        <translation>Ajouter chaque score de ce résultat aux fiches de formation du membre du personnel évalué par le tour</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The report of this result or of the round&apos;s summary, as labnet report pt-result|pt-summary writes it</source>
        <translation>Le rapport de ce résultat ou de la synthèse du tour, tel que l&apos;écrit labnet report pt-result|pt-summary</translation>
    </message>
    <message>
        <source>Not sent: the laboratory&apos;s keys stay locked without their passphrase.</source>
        <translation>Non envoyé&#xa0;: les clés du laboratoire restent verrouillées sans leur phrase secrète.</translation>
    </message>
    <message>
        <source>Record in competence records</source>
        <translation>Consigner dans les dossiers de compétence</translation>
    </message>
    <message>
        <source>The staff member whose competence round {round} tested:</source>
        <translation>Le membre du personnel dont le tour {round} a évalué la compétence&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n proficiency-test entry(s) added to the training records of {staff}.</source>
        <translation>
            <numerusform>%Ln entrée d&apos;essai d&apos;aptitude ajoutée aux fiches de formation de {staff}.</numerusform>
            <numerusform>%Ln entrées d&apos;essai d&apos;aptitude ajoutées aux fiches de formation de {staff}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to {path} ({pages} page(s)).</source>
        <translation>Le rapport a été écrit dans {path} (pages&#xa0;: {pages}).</translation>
    </message>
</context>
<context>
    <name>PtResultForm</name>
    <message>
        <source>Results for proficiency test {round}</source>
        <translation>Résultats de l&apos;essai d&apos;aptitude {round}</translation>
    </message>
    <message>
        <source>Send by {deadline}, as participant {code}. Leave a field empty for a result you do not report; sending again before the deadline replaces what you sent.</source>
        <translation>À envoyer avant le {deadline}, comme participant {code}. Laissez vide un champ dont vous ne rapportez pas le résultat&#xa0;; un nouvel envoi avant la date limite remplace ce que vous avez envoyé.</translation>
    </message>
    <message>
        <source>value in {unit}</source>
        <translation>valeur en {unit}</translation>
    </message>
    <message>
        <source>Send to the hub</source>
        <translation>Envoyer au serveur</translation>
    </message>
    <message>
        <source>{n} of {total} result(s) to send.</source>
        <translation>Résultats à envoyer&#xa0;: {n} sur {total}.</translation>
    </message>
    <message>
        <source>Enter at least one result.</source>
        <translation>Saisissez au moins un résultat.</translation>
    </message>
    <message>
        <source>Sending the results, signed, to the hub…</source>
        <translation>Envoi des résultats signés au serveur…</translation>
    </message>
    <message>
        <source>The hub kept {n} result(s) for round {round} at {at}.</source>
        <translation>Le serveur a conservé les résultats du tour {round} le {at}&#xa0;: {n}.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>The record form</source>
        <translation>Le formulaire de fiche</translation>
    </message>
    <message>
        <source>The import wizard</source>
        <translation>L&apos;assistant d&apos;importation</translation>
    </message>
    <message>
        <source>The withdrawal form</source>
        <translation>Le formulaire de prélèvement</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <source>{what} is not part of this version of LabNet yet.</source>
        <translation>{what} ne fait pas encore partie de cette version de LabNet.</translation>
    </message>
    <message>
        <source>Delete {thing}</source>
        <translation>Supprimer&#xa0;: {thing}</translation>
    </message>
    <message>
        <source>Delete {thing} {{name}}?</source>
        <translation>Supprimer cette fiche ({thing} {{name}})&#xa0;?</translation>
    </message>
    <message>
        <source>It disappears from the catalogue. A tombstone is kept — a note of what was deleted, by whom and when — so that the audit trail stays complete and the deletion also reaches the network. This cannot be undone.</source>
        <translation>Elle disparaît du catalogue. Une trace de suppression est conservée — une note de ce qui a été supprimé, par qui et quand — afin que la piste d&apos;audit reste complète et que la suppression parvienne aussi au réseau. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Dispose of a reference standard</source>
        <translation>Éliminer un étalon de référence</translation>
    </message>
    <message>
        <source>Mark {name} as disposed of?</source>
        <translation>Marquer {name} comme éliminé&#xa0;?</translation>
    </message>
    <message>
        <source>It can then no longer be used or withdrawn from. The change is recorded in the audit trail under your name.</source>
        <translation>Il ne pourra plus être utilisé ni faire l&apos;objet de prélèvements. La modification est enregistrée dans la piste d&apos;audit à votre nom.</translation>
    </message>
    <message>
        <source>Export {things}</source>
        <translation>Exporter les {things}</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Fichier CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {things}…</source>
        <translation>Exportation des {things}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>{n} {things} were written to {path}.</source>
        <translation>Écrit dans {path}&#xa0;: {n} {things}.</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Restore the usual columns</source>
        <translation>Rétablir les colonnes habituelles</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Every change to this record, from the audit trail ({key})</source>
        <translation>Toutes les modifications de cette fiche, d&apos;après la piste d&apos;audit ({key})</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>Nouvelle fiche&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Fiche pas encore enregistrée.</translation>
    </message>
    <message>
        <source>{what}: {key}</source>
        <translation>{what}&#xa0;: {key}</translation>
    </message>
    <message>
        <source>Version {version} · last changed {when} by {who}</source>
        <translation>Version {version} · dernière modification le {when} par {who}</translation>
    </message>
    <message>
        <source>The record cannot be read</source>
        <translation>Impossible de lire la fiche</translation>
    </message>
    <message>
        <source>Reading the record</source>
        <translation>La lecture de la fiche</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Search {things}</source>
        <translation>Rechercher dans les {things}</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Consigner un prélèvement…</translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation>Éliminer…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Cliquez pour trier&#xa0;; clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>Search by {fields}…  (Ctrl+F)</source>
        <translation>Rechercher par {fields}…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>{n} {things}</source>
        <translation>{n} {things}</translation>
    </message>
    <message>
        <source>{shown} of {total} {things}</source>
        <translation>{shown} sur {total} {things}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Sélectionnez d&apos;abord une ligne.</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message numerus="yes">
        <source>%Ln compound(s)</source>
        <translation>
            <numerusform>%Ln composé</numerusform>
            <numerusform>%Ln composés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Approve the follow-up</source>
        <translation>Approuver la demande de détails</translation>
    </message>
    <message>
        <source>The network of {peer} asks about record {record}: “{question}”. Choose what of the record, as the network holds it, to release; nothing else leaves.</source>
        <translation>Le réseau de {peer} pose une question sur la fiche {record}&#xa0;: «&#xa0;{question}&#xa0;». Choisissez ce qu&apos;il faut communiquer de la fiche, telle que le réseau la détient&#xa0;; rien d&apos;autre ne part.</translation>
    </message>
    <message>
        <source>no question given</source>
        <translation>aucune question posée</translation>
    </message>
    <message>
        <source>The sharing policy lets no field of this record into the network.</source>
        <translation>La politique de partage ne laisse entrer aucun champ de cette fiche dans le réseau.</translation>
    </message>
    <message>
        <source>A note for the asking laboratory (optional)</source>
        <translation>Une note pour le laboratoire demandeur (facultative)</translation>
    </message>
    <message>
        <source>Approve and release</source>
        <translation>Approuver et communiquer</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{title} written to {path} ({pages} pages).</source>
        <translation>{title} écrit dans {path} ({pages} pages).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Validation of a profile comparison method</source>
        <translation>Validation d&apos;une méthode de comparaison de profils</translation>
    </message>
    <message>
        <source>Pretreatment {pretreatment} with the {metric} score, on {source}.</source>
        <translation>Prétraitement {pretreatment} avec le score {metric}, sur {source}.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Groups (seizures)</source>
        <translation>Groupes (saisies)</translation>
    </message>
    <message>
        <source>Linked pairs</source>
        <translation>Paires liées</translation>
    </message>
    <message>
        <source>Unlinked pairs (used / all)</source>
        <translation>Paires non liées (utilisées / total)</translation>
    </message>
    <message>
        <source>Linked if</source>
        <translation>Paires liées si</translation>
    </message>
    <message>
        <source>Target compounds</source>
        <translation>Composés cibles</translation>
    </message>
    <message>
        <source>Performance at the operating point</source>
        <translation>Performances au point de fonctionnement</translation>
    </message>
    <message>
        <source>Area under the ROC curve</source>
        <translation>Aire sous la courbe ROC</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>False positive rate (target {target})</source>
        <translation>Taux de faux positifs (visé&#xa0;: {target})</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <source>Why this combination</source>
        <translation>Pourquoi cette combinaison</translation>
    </message>
    <message>
        <source>Intervals: 95 %, from {resamples} resamples of whole groups, since pairs from the same seizures are not independent.</source>
        <translation>Intervalles à 95&#xa0;%, obtenus par {resamples} rééchantillonnages de groupes entiers, car les paires issues des mêmes saisies ne sont pas indépendantes.</translation>
    </message>
    <message>
        <source>Scores of linked and unlinked pairs</source>
        <translation>Scores des paires liées et non liées</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>share of pairs</source>
        <translation>proportion des paires</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>liées</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>non liées</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>taux de faux positifs</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>taux de vrais positifs</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>operating point</source>
        <translation>point de fonctionnement</translation>
    </message>
    <message>
        <source>AUC {auc:.3f}; the bar is the 95 % interval of the true positive rate.</source>
        <translation>AUC {auc:.3f}&#xa0;; la barre représente l&apos;intervalle à 95&#xa0;% du taux de vrais positifs.</translation>
    </message>
    <message>
        <source>Every combination evaluated</source>
        <translation>Toutes les combinaisons évaluées</translation>
    </message>
    <message>
        <source>Pretreatment</source>
        <translation>Prétraitement</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TPR</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>FPR</translation>
    </message>
    <message>
        <source>Likelihood ratios</source>
        <translation>Rapports de vraisemblance</translation>
    </message>
    <message>
        <source>Calibration: {calibration}. Likelihood ratios are bounded to {lower} … {upper}, what the calibration data support (empirical lower and upper bounds).</source>
        <translation>Étalonnage&#xa0;: {calibration}. Les rapports de vraisemblance sont bornés à l&apos;intervalle {lower} … {upper}, ce que soutiennent les données de calibrage (bornes inférieure et supérieure empiriques).</translation>
    </message>
    <message>
        <source>Calibration: score to likelihood ratio</source>
        <translation>Étalonnage&#xa0;: du score au rapport de vraisemblance</translation>
    </message>
    <message>
        <source>log₁₀ likelihood ratio</source>
        <translation>log₁₀ du rapport de vraisemblance</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>RV</translation>
    </message>
    <message>
        <source>Too few groups to compute the likelihood ratios&apos; validity on held-out data.</source>
        <translation>Trop peu de groupes pour évaluer la validité des rapports de vraisemblance sur des données mises de côté.</translation>
    </message>
    <message>
        <source>Cllr (held out)</source>
        <translation>Cllr (données mises de côté)</translation>
    </message>
    <message>
        <source>Cllr min (discrimination)</source>
        <translation>Cllr min (pouvoir discriminant)</translation>
    </message>
    <message>
        <source>Cllr cal (calibration loss)</source>
        <translation>Cllr cal (perte due à l&apos;étalonnage)</translation>
    </message>
    <message>
        <source>Linked pairs with LR &lt; 1 (misleading)</source>
        <translation>Paires liées avec RV &lt; 1 (trompeuses)</translation>
    </message>
    <message>
        <source>Unlinked pairs with LR &gt; 1 (misleading)</source>
        <translation>Paires non liées avec RV &gt; 1 (trompeuses)</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>Validation croisée</translation>
    </message>
    <message>
        <source>{folds} folds, each group on one side</source>
        <translation>{folds} plis, chaque groupe entier d&apos;un même côté</translation>
    </message>
    <message>
        <source>Tippett plot (held out)</source>
        <translation>Courbes de Tippett (données mises de côté)</translation>
    </message>
    <message>
        <source>share of pairs with a larger LR</source>
        <translation>proportion des paires ayant un RV plus élevé</translation>
    </message>
    <message>
        <source>Empirical cross-entropy (held out)</source>
        <translation>Entropie croisée empirique (données mises de côté)</translation>
    </message>
    <message>
        <source>prior log₁₀ odds</source>
        <translation>log₁₀ de la cote a priori</translation>
    </message>
    <message>
        <source>cross-entropy (bits)</source>
        <translation>entropie croisée (bits)</translation>
    </message>
    <message>
        <source>after PAV (best)</source>
        <translation>après PAV (optimum)</translation>
    </message>
    <message>
        <source>LR = 1 always</source>
        <translation>RV toujours égal à 1</translation>
    </message>
    <message>
        <source>the highest true positive rate at the target false positive rate</source>
        <translation>le taux de vrais positifs le plus élevé au taux de faux positifs visé</translation>
    </message>
    <message>
        <source>the network&apos;s harmonised combination for this drug</source>
        <translation>la combinaison harmonisée du réseau pour cette drogue</translation>
    </message>
    <message>
        <source>the only combination evaluated</source>
        <translation>la seule combinaison évaluée</translation>
    </message>
    <message>
        <source>chosen by the analyst</source>
        <translation>choisie par l&apos;analyste</translation>
    </message>
    <message>
        <source>pool-adjacent-violators (isotonic), bounded by ELUB</source>
        <translation>regroupement des voisins en violation (PAV, isotone), borné par ELUB</translation>
    </message>
    <message>
        <source>logistic regression, bounded by ELUB</source>
        <translation>régression logistique, bornée par ELUB</translation>
    </message>
    <message>
        <source>kernel densities (an older method: calibrate it again)</source>
        <translation>densités à noyau (méthode ancienne&#xa0;: étalonnez-la de nouveau)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 des données</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Imprimé par</translation>
    </message>
    <message>
        <source>Printed (UTC)</source>
        <translation>Imprimé (UTC)</translation>
    </message>
    <message>
        <source>Printed (local time)</source>
        <translation>Imprimé (heure locale)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Link report: {a} and {b}</source>
        <translation>Rapport de lien&#xa0;: {a} et {b}</translation>
    </message>
    <message>
        <source>Linked: the score passes the method&apos;s threshold.</source>
        <translation>Liés&#xa0;: le score dépasse le seuil de la méthode.</translation>
    </message>
    <message>
        <source>Not linked: the score passes the method&apos;s threshold, but the tablets&apos; physical characteristics differ, and this method requires them to match.</source>
        <translation>Non liés&#xa0;: le score dépasse le seuil de la méthode, mais les caractéristiques physiques des comprimés diffèrent, et cette méthode exige qu&apos;elles concordent.</translation>
    </message>
    <message>
        <source>Not linked: the score does not pass the method&apos;s threshold.</source>
        <translation>Non liés&#xa0;: le score ne dépasse pas le seuil de la méthode.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Score ({metric})</source>
        <translation>Score ({metric})</translation>
    </message>
    <message>
        <source>{lr} (bounds {lower} … {upper}; from score {score})</source>
        <translation>{lr} (bornes {lower} … {upper}&#xa0;; d&apos;après le score {score})</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Rapport de vraisemblance</translation>
    </message>
    <message>
        <source>not reported: this method&apos;s calibration predates bounded likelihood ratios; calibrate it again</source>
        <translation>non indiqué&#xa0;: l&apos;étalonnage de cette méthode est antérieur aux rapports de vraisemblance bornés&#xa0;; calibrez-la à nouveau</translation>
    </message>
    <message>
        <source>The likelihood ratio says how much more probable this score is if the two seizures share a source than if they do not; it is not the probability that they do. It cannot exceed the bounds the calibration data support.</source>
        <translation>Le rapport de vraisemblance indique combien de fois ce score est plus probable si les deux saisies ont une source commune que si elles n&apos;en ont pas&#xa0;; ce n&apos;est pas la probabilité qu&apos;elles en aient une. Il ne peut dépasser les bornes que soutiennent les données de calibrage.</translation>
    </message>
    <message>
        <source>The two profiles, as compared (after the pretreatment)</source>
        <translation>Les deux profils, tels que comparés (après prétraitement)</translation>
    </message>
    <message>
        <source>target compound (number in the table below)</source>
        <translation>composé cible (numéro dans le tableau ci-dessous)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Target compound</source>
        <translation>Composé cible</translation>
    </message>
    <message>
        <source>The seizures</source>
        <translation>Les saisies</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>The method&apos;s validation</source>
        <translation>Validation de la méthode</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <source>Likelihood ratio calibration</source>
        <translation>Étalonnage du rapport de vraisemblance</translation>
    </message>
    <message>
        <source>SHA-256 of the calibration data</source>
        <translation>SHA-256 des données de calibrage</translation>
    </message>
    <message>
        <source>Calibrated by</source>
        <translation>Calibrage effectué par</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Calibrage effectué le</translation>
    </message>
    <message>
        <source>laboratory (see below)</source>
        <translation>laboratoire (voir ci-dessous)</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Solid line: the centre (x_pt, or 0 for the scores); orange dashes: the ±2 limits; grey dashes: the ±3 limits; dots: the laboratories. Laboratories along the axis: {key}</source>
        <translation>Trait plein&#xa0;: le centre (x_pt, ou 0 pour les scores)&#xa0;; tirets orange&#xa0;: les limites ±2&#xa0;; tirets gris&#xa0;: les limites ±3&#xa0;; points&#xa0;: les laboratoires. Laboratoires le long de l&apos;axe&#xa0;: {key}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Printed by {user}, {utc} ({local}), {software}</source>
        <translation>Imprimé par {user}, {utc} ({local}), {software}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Réinitialiser le mot de passe de {user}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Give the new password to {name} in person; they can change it under Settings → Accounts.</source>
        <translation>Remettez le nouveau mot de passe à {name} en personne&#xa0;; cette personne pourra le changer dans Paramètres → Comptes.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of {user}</source>
        <translation>Rôle de {user}</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New proficiency-test round</source>
        <translation>Nouveau tour d&apos;essai d&apos;aptitude</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Results until (local time)</source>
        <translation>Résultats jusqu&apos;au (heure locale)</translation>
    </message>
    <message>
        <source>the test materials, comma-separated: PT-A, PT-B</source>
        <translation>les matériaux d&apos;essai, séparés par des virgules&#xa0;: PT-A, PT-B</translation>
    </message>
    <message>
        <source>Test materials</source>
        <translation>Matériaux d&apos;essai</translation>
    </message>
    <message>
        <source>each analyte with its unit, comma-separated: cocaine:%, levamisole:%</source>
        <translation>chaque analyte avec son unité, séparés par des virgules&#xa0;: cocaine:%, levamisole:%</translation>
    </message>
    <message>
        <source>Analytes</source>
        <translation>Analytes</translation>
    </message>
    <message>
        <source>Make the items (every material × every analyte)</source>
        <translation>Créer les éléments (chaque matériau × chaque analyte)</translation>
    </message>
    <message>
        <source>An item may have a reference value, its standard uncertainty and σ_pt; without a reference value the assigned value is the robust mean of the results (ISO 13528 Algorithm A), without σ_pt their robust standard deviation.</source>
        <translation>Un élément peut avoir une valeur de référence, son incertitude-type et σ_pt&#xa0;; sans valeur de référence, la valeur assignée est la moyenne robuste des résultats (algorithme A de l&apos;ISO 13528), sans σ_pt leur écart-type robuste.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Analyte</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Valeur réf.</translation>
    </message>
    <message>
        <source>u(reference)</source>
        <translation>u(référence)</translation>
    </message>
    <message>
        <source>σ_pt</source>
        <translation>σ_pt</translation>
    </message>
    <message>
        <source>Participating laboratories</source>
        <translation>Laboratoires participants</translation>
    </message>
    <message>
        <source>Preview the result form…</source>
        <translation>Aperçu du formulaire de résultats…</translation>
    </message>
    <message>
        <source>Create the round</source>
        <translation>Créer le tour</translation>
    </message>
    <message>
        <source>An analyte is given with its unit, as analyte:unit (cocaine:%), not “{entry}”.</source>
        <translation>Un analyte s&apos;indique avec son unité, sous la forme analyte:unité (cocaine:%), et non «&#xa0;{entry}&#xa0;».</translation>
    </message>
    <message>
        <source>Give the test materials and the analytes with their units first.</source>
        <translation>Indiquez d&apos;abord les matériaux d&apos;essai et les analytes avec leurs unités.</translation>
    </message>
    <message>
        <source>The hub did not create the round: {reason}</source>
        <translation>Le serveur n&apos;a pas créé le tour&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SampleExtras</name>
    <message>
        <source>A standard that is {now} can become: {allowed}.</source>
        <translation>Un étalon dont le statut est «&#xa0;{now}&#xa0;» peut passer à&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucun autre statut</translation>
    </message>
    <message>
        <source>Usage log (chain of custody)</source>
        <translation>Registre d&apos;utilisation (chaîne de traçabilité)</translation>
    </message>
    <message>
        <source>Usage log</source>
        <translation>Registre d&apos;utilisation</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prélevé le</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Case / purpose</source>
        <translation>Dossier / objet</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Consigner un prélèvement…</translation>
    </message>
    <message>
        <source>Save the new reference sample first.</source>
        <translation>Enregistrez d&apos;abord le nouvel échantillon de référence.</translation>
    </message>
    <message>
        <source>Save or discard your changes first: a withdrawal changes the stored record.</source>
        <translation>Enregistrez ou abandonnez d&apos;abord vos modifications&#xa0;: un prélèvement modifie la fiche enregistrée.</translation>
    </message>
    <message>
        <source>Record who took how much, when and for which case.</source>
        <translation>Consignez qui a prélevé quelle quantité, quand et pour quel dossier.</translation>
    </message>
    <message>
        <source>The usage log starts with the first withdrawal, once the reference sample is saved.</source>
        <translation>Le registre d&apos;utilisation commence au premier prélèvement, une fois l&apos;échantillon de référence enregistré.</translation>
    </message>
    <message>
        <source>Reading the usage log</source>
        <translation>La lecture du registre d&apos;utilisation</translation>
    </message>
    <message>
        <source>No withdrawals recorded yet.</source>
        <translation>Aucun prélèvement consigné pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{n} withdrawals; entries are never changed or deleted.</source>
        <translation>{n} prélèvements&#xa0;; les entrées ne sont jamais modifiées ni supprimées.</translation>
    </message>
</context>
<context>
    <name>SavingMixin</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Your entries are still in the form.</source>
        <translation>Vos saisies sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>The record was not saved</source>
        <translation>La fiche n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>L&apos;enregistrement</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche</translation>
    </message>
    <message>
        <source>Reload the latest version to see their change: what you typed stays in the form, on top of it, and you can save again. Or keep editing and decide later.</source>
        <translation>Rechargez la dernière version pour voir sa modification&#xa0;: ce que vous avez saisi reste dans le formulaire, par-dessus, et vous pourrez enregistrer à nouveau. Ou continuez à modifier et décidez plus tard.</translation>
    </message>
    <message>
        <source>Reload, keep my changes</source>
        <translation>Recharger, garder mes modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>Reloaded version {version} (changed by {who}); your changes are kept on top of it. Check them and save again.</source>
        <translation>Version {version} rechargée (modifiée par {who})&#xa0;; vos modifications sont conservées par-dessus. Vérifiez-les et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close the form and lose them?</source>
        <translation>Certaines modifications ne sont pas enregistrées. Fermer le formulaire et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Your account may not change records.</source>
        <translation>Votre compte ne peut pas modifier les fiches.</translation>
    </message>
    <message>
        <source>Only a quality manager may dispose of a reference standard.</source>
        <translation>Seul un responsable qualité peut éliminer un étalon de référence.</translation>
    </message>
    <message>
        <source>Only a quality manager may authorise a training record.</source>
        <translation>Seul un responsable qualité peut valider une habilitation dans une fiche de formation.</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation>Seul un administrateur peut gérer les comptes utilisateurs.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Seul un administrateur peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Only an administrator or a quality manager may restore an earlier version of a record.</source>
        <translation>Seul un administrateur ou un responsable qualité peut restaurer une version antérieure d&apos;une fiche.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Ouverture du catalogue…</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>Working as {user} (no user accounts: full rights)</source>
        <translation>Travail en tant que {user} (pas de comptes utilisateurs&#xa0;: tous les droits)</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Connecté en tant que {name} ({role})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Fichier du catalogue</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Vérifier la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Every change is chained to the one before it, with the digest of the record it changed. Verifying recomputes the chain and every record&apos;s and attached file&apos;s digest, and names what was altered, added or deleted outside LabNet. It cannot catch someone who has the file and recomputes every digest and the whole chain; changes made through LabNet are in the trail, not hidden.</source>
        <translation>Chaque modification est chaînée à la précédente, avec l&apos;empreinte de la fiche qu&apos;elle a modifiée. La vérification recalcule la chaîne ainsi que l&apos;empreinte de chaque fiche et de chaque fichier joint, et désigne ce qui a été modifié, ajouté ou supprimé en dehors de LabNet. Elle ne peut pas démasquer quelqu&apos;un qui dispose du fichier et recalcule chaque empreinte et toute la chaîne&#xa0;; les modifications faites via LabNet figurent dans la piste, elles ne sont pas cachées.</translation>
    </message>
    <message>
        <source>A backup is one file holding the catalogue, its attached certificates, the laboratory&apos;s keys (encrypted), sync state and sharing policy, consistent even while you work and verified after it is written. Keep it on another drive.</source>
        <translation>Une sauvegarde est un fichier unique contenant le catalogue, ses certificats joints, les clés du laboratoire (chiffrées), l&apos;état de synchronisation et la politique de partage&#xa0;; elle est cohérente même pendant que vous travaillez et vérifiée après son écriture. Conservez-la sur un autre disque.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of LabNet&apos;s windows, and how dates and numbers are written. It takes effect when LabNet starts again.</source>
        <translation>La langue des fenêtres de LabNet et la manière d’écrire les dates et les nombres. Le changement prend effet au prochain démarrage de LabNet.</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>this version of LabNet knows up to {n}</source>
        <translation>cette version de LabNet connaît jusqu&apos;à la version {n}</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} Mo</translation>
    </message>
    <message>
        <source>{rs} reference samples, {tr} training records, {pr} profiling results</source>
        <translation>{rs} échantillons de référence, {tr} fiches de formation, {pr} résultats de profilage</translation>
    </message>
    <message>
        <source>This catalogue has no user accounts, so whoever opens it may change everything.</source>
        <translation>Ce catalogue n&apos;a pas de comptes utilisateurs&#xa0;: quiconque l&apos;ouvre peut tout modifier.</translation>
    </message>
    <message>
        <source>You are an administrator: you may change these settings.</source>
        <translation>Vous êtes administrateur&#xa0;: vous pouvez modifier ces paramètres.</translation>
    </message>
    <message>
        <source>Only an administrator may change settings; you can see them here, verify the audit trail and make a backup.</source>
        <translation>Seul un administrateur peut modifier les paramètres&#xa0;; vous pouvez les consulter ici, vérifier la piste d&apos;audit et faire une sauvegarde.</translation>
    </message>
    <message>
        <source>Checking… {percent} %</source>
        <translation>Vérification… {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Intact: {entries} entries verified, none altered or missing; {records} records, {deleted} deletions and {files} attached files are as the trail last recorded them.</source>
        <translation>Intacte&#xa0;: {entries} entrées vérifiées, aucune modifiée ni manquante&#xa0;; {records} fiches, {deleted} suppressions et {files} fichiers joints sont tels que la piste les a enregistrés en dernier.</translation>
    </message>
    <message>
        <source>… and {n} more (“labnet audit verify” lists them all)</source>
        <translation>… et {n} de plus («&#xa0;labnet audit verify&#xa0;» les liste tous)</translation>
    </message>
    <message>
        <source>The catalogue does not match its audit trail; it may have been tampered with. Keep this catalogue as it is and tell your quality manager.
{problems}</source>
        <translation>Le catalogue ne correspond pas à sa piste d&apos;audit&#xa0;; il a peut-être été falsifié. Conservez ce catalogue en l&apos;état et prévenez votre responsable qualité.
{problems}</translation>
    </message>
    <message>
        <source>LabNet backup (*.labnet-backup)</source>
        <translation>Sauvegarde LabNet (*.labnet-backup)</translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({mb} MB).</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {path} ({mb} Mo).</translation>
    </message>
    <message>
        <source>Backup written: {path} ({mb} MB); it reads back exactly as written. But the catalogue does not verify: it was changed outside LabNet. The findings are recorded in the backup, and restoring it needs an administrator to accept them. Verify the audit trail above (or run “labnet audit verify”), keep the catalogue as it is and tell your quality manager.
{problems}</source>
        <translation>Sauvegarde écrite&#xa0;: {path} ({mb} Mo)&#xa0;; elle se relit exactement telle qu&apos;elle a été écrite. Mais le catalogue ne passe pas la vérification&#xa0;: il a été modifié en dehors de LabNet. Les constats sont enregistrés dans la sauvegarde, et sa restauration exige qu&apos;un administrateur les accepte. Vérifiez la piste d&apos;audit ci-dessus (ou exécutez «&#xa0;labnet audit verify&#xa0;»), conservez le catalogue en l&apos;état et prévenez votre responsable qualité.
{problems}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Back up the catalogue</source>
        <translation>Sauvegarder le catalogue</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Sauvegarde annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the hub</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>Sign in to {url} as a named administrator of the hub.</source>
        <translation>Connectez-vous à {url} en tant qu&apos;administrateur nommé du serveur.</translation>
    </message>
    <message>
        <source>only the first time: the token labnet-hub init printed</source>
        <translation>seulement la première fois&#xa0;: le jeton affiché par labnet-hub init</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time token</source>
        <translation>Jeton à usage unique</translation>
    </message>
    <message>
        <source>With the one-time token, the password you type becomes the first administrator&apos;s; the token then no longer works.</source>
        <translation>Avec le jeton à usage unique, le mot de passe que vous saisissez devient celui du premier administrateur&#xa0;; le jeton ne fonctionne plus ensuite.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SimilarTab</name>
    <message>
        <source>Lab sample number or seizure reference…</source>
        <translation>N° d&apos;échantillon ou référence de saisie…</translation>
    </message>
    <message>
        <source>Find a profiling result</source>
        <translation>Rechercher un résultat de profilage</translation>
    </message>
    <message>
        <source>Comparison method</source>
        <translation>Méthode de comparaison</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Link report…</source>
        <translation>Rapport de lien…</translation>
    </message>
    <message>
        <source>Write the report of the selected pair as PDF: both profiles, the score, the likelihood ratio with its bounds, both seizures and the method&apos;s validation</source>
        <translation>Écrire le rapport de la paire sélectionnée en PDF&#xa0;: les deux profils, le score, le rapport de vraisemblance avec ses bornes, les deux saisies et la validation de la méthode</translation>
    </message>
    <message>
        <source>Choose a profiling result, then a comparison method.</source>
        <translation>Choisissez un résultat de profilage, puis une méthode de comparaison.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>N° d&apos;échantillon du laboratoire</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Rapport de vraisemblance</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Comprimé</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>No method yet: calibrate one first (Calibration tab)</source>
        <translation>Pas encore de méthode&#xa0;: calibrez-en d&apos;abord une (onglet Calibrage)</translation>
    </message>
    <message>
        <source>No profiling result matches “{text}”.</source>
        <translation>Aucun résultat de profilage ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a profiling result first.</source>
        <translation>Choisissez d&apos;abord un résultat de profilage.</translation>
    </message>
    <message>
        <source>There is no comparison method yet: calibrate one in the Calibration tab.</source>
        <translation>Il n&apos;y a pas encore de méthode de comparaison&#xa0;: calibrez-en une dans l&apos;onglet Calibrage.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Comparison failed.</source>
        <translation>Échec de la comparaison.</translation>
    </message>
    <message>
        <source>{sample} ({seizure}) with {method}: {links} of the {n} most similar profiles are links (threshold {threshold:.4g}).</source>
        <translation>{sample} ({seizure}) avec {method}&#xa0;: {links} des {n} profils les plus similaires sont des liens (seuil {threshold:.4g}).</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>concorde</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>pas de lien</translation>
    </message>
    <message>
        <source>recalibrate</source>
        <translation>à recalibrer</translation>
    </message>
    <message>
        <source>This method&apos;s likelihood ratio comes from an older calibration (kernel densities) that is not bounded by its data; calibrate the method again to see likelihood ratios.</source>
        <translation>Le rapport de vraisemblance de cette méthode vient d’un ancien étalonnage (densités à noyau) qui n’est pas borné par ses données ; étalonnez de nouveau la méthode pour voir les rapports de vraisemblance.</translation>
    </message>
    <message>
        <source>{lr} (bounds {low} … {high})</source>
        <translation>{lr} (bornes {low} … {high})</translation>
    </message>
    <message>
        <source>LR {lr} (bounds {low} … {high}; score {score}), calibrated by {how}. The data support no LR beyond the bounds: a score past them is reported at the bound.</source>
        <translation>RV {lr} (bornes {low} … {high} ; score {score}), étalonné par {how}. Les données ne soutiennent aucun RV au-delà des bornes : un score qui les dépasse est rapporté à la borne.</translation>
    </message>
    <message>
        <source>pool-adjacent-violators</source>
        <translation>regroupement des voisins en violation (PAV)</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>régression logistique</translation>
    </message>
    <message>
        <source>Save the link report</source>
        <translation>Enregistrer le rapport de lien</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the link report…</source>
        <translation>Écriture du rapport de lien…</translation>
    </message>
    <message>
        <source>Link report saved to {path}.</source>
        <translation>Rapport de lien enregistré dans {path}.</translation>
    </message>
    <message>
        <source>The link report was not written.</source>
        <translation>Le rapport de lien n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Pretreated value ({p})</source>
        <translation>Valeur prétraitée ({p})</translation>
    </message>
    <message>
        <source>{a} and {b}: score {score:.4g}</source>
        <translation>{a} et {b}&#xa0;: score {score:.4g}</translation>
    </message>
</context>
<context>
    <name>SourceChoices</name>
    <message>
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <source>Recognise it from the file</source>
        <translation>Le détecter d&apos;après le fichier</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Feuille à importer</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>Ligne contenant les noms des colonnes</translation>
    </message>
    <message>
        <source>the first row that is not blank</source>
        <translation>la première ligne non vide</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Column names in row:</source>
        <translation>Noms des colonnes à la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>— choose the sheet —</source>
        <translation>— choisissez la feuille —</translation>
    </message>
</context>
<context>
    <name>StatusPicker</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Statut&#xa0;: tous</translation>
    </message>
    <message>
        <source>Status: none</source>
        <translation>Statut&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Status: {names}</source>
        <translation>Statut&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Status: {n} chosen</source>
        <translation>Statut&#xa0;: {n} choisis</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Ce qu&apos;a fait l&apos;importation.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Lignes laissées de côté</translation>
    </message>
    <message>
        <source>Rows left out: {rows}.</source>
        <translation>Lignes laissées de côté&#xa0;: {rows}.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Unlock the laboratory&apos;s keys</source>
        <translation>Déverrouiller les clés du laboratoire</translation>
    </message>
    <message>
        <source>Passphrase of the laboratory&apos;s keys:</source>
        <translation>Phrase secrète des clés du laboratoire&#xa0;:</translation>
    </message>
    <message>
        <source>Unlocking the keys…</source>
        <translation>Déverrouillage des clés…</translation>
    </message>
    <message>
        <source>Asking the hub what it holds…</source>
        <translation>Interrogation du serveur sur ce qu&apos;il détient…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation>, environ {s} s restantes</translation>
    </message>
    <message>
        <source>Sending bundle {b} of {n}: {done} of {total} kB{left} ({records} of {all} records sent before it).</source>
        <translation>Envoi du paquet {b} sur {n}&#xa0;: {done} sur {total} ko{left} ({records} fiches sur {all} envoyées avant lui).</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: the next sync resumes where this one stopped.</source>
        <translation>Arrêté. Rien n&apos;est perdu&#xa0;: la prochaine synchronisation reprendra là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Sent: {accepted} accepted, {duplicate} already at the hub, {rejected} rejected.</source>
        <translation>Envoyé&#xa0;: {accepted} acceptées, {duplicate} déjà sur le serveur, {rejected} rejetées.</translation>
    </message>
    <message>
        <source>Nothing to send: every change is delivered or stays here under the sharing policy.</source>
        <translation>Rien à envoyer&#xa0;: chaque modification est transmise ou reste ici selon la politique de partage.</translation>
    </message>
    <message>
        <source>The hub holds {n} of this laboratory&apos;s records.</source>
        <translation>Le serveur détient {n} fiches de ce laboratoire.</translation>
    </message>
    <message>
        <source>They are what the sharing policy shares: nothing to send.</source>
        <translation>Elles correspondent à ce que partage la politique de partage&#xa0;: rien à envoyer.</translation>
    </message>
    <message>
        <source>{n} new message(s) from the hub.</source>
        <translation>{n} nouveau(x) message(s) du serveur.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock the laboratory&apos;s keys.</source>
        <translation>Cette phrase secrète ne déverrouille pas les clés du laboratoire.</translation>
    </message>
    <message>
        <source>The hub cannot be reached now. Nothing is lost: LabNet tries again in {minutes} min (or press Sync now).</source>
        <translation>Le serveur est injoignable pour le moment. Rien n&apos;est perdu&#xa0;: LabNet réessaiera dans {minutes} min (ou appuyez sur Synchroniser).</translation>
    </message>
</context>
<context>
    <name>TrainingExtras</name>
    <message>
        <source>From the z-score: {outcome}</source>
        <translation>D&apos;après le score z&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <source>only a quality manager may authorise a training record; ask one to record this authorisation</source>
        <translation>seul un responsable qualité peut valider une habilitation&#xa0;; demandez à l&apos;un d&apos;eux de consigner cette habilitation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Competence overview</source>
        <translation>Vue d&apos;ensemble des compétences</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Domaine de compétence</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Requalify by</source>
        <translation>Requalifier avant le</translation>
    </message>
    <message>
        <source>All training</source>
        <translation>Toute la formation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Enter the staff member to see their training history and when each competence must be requalified.</source>
        <translation>Indiquez le membre du personnel pour voir son historique de formation et la date de requalification de chaque compétence.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
    <message>
        <source>Reading the training history</source>
        <translation>La lecture de l&apos;historique de formation</translation>
    </message>
    <message>
        <source>No training recorded yet for {name}.</source>
        <translation>Aucune formation enregistrée pour {name}.</translation>
    </message>
    <message>
        <source>{n} training records; 1 competence area must be requalified within {days} days or is overdue (highlighted).</source>
        <translation>{n} fiches de formation&#xa0;; 1 domaine de compétence doit être requalifié dans les {days} jours ou est en retard (en surbrillance).</translation>
    </message>
    <message>
        <source>{n} training records; {due} competence areas must be requalified within {days} days or are overdue (highlighted).</source>
        <translation>{n} fiches de formation&#xa0;; {due} domaines de compétence doivent être requalifiés dans les {days} jours ou sont en retard (en surbrillance).</translation>
    </message>
    <message>
        <source>{n} training records.</source>
        <translation>{n} fiches de formation.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within {days} days</source>
        <translation>Échéance dans les {days} jours</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>Contrôle qualité</translation>
    </message>
    <message>
        <source>Casework identification</source>
        <translation>Identification (affaire)</translation>
    </message>
    <message>
        <source>Method validation</source>
        <translation>Validation de méthode</translation>
    </message>
    <message>
        <source>Proficiency test</source>
        <translation>Essai d&apos;aptitude</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>amount taken</source>
        <translation>quantité prélevée</translation>
    </message>
    <message>
        <source>Quantity withdrawn</source>
        <translation>Quantité prélevée</translation>
    </message>
    <message>
        <source>Unit of the quantity withdrawn</source>
        <translation>Unité de la quantité prélevée</translation>
    </message>
    <message>
        <source>Date and time taken</source>
        <translation>Date et heure du prélèvement</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>Prélevé par</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>e.g. CR/2025/311</source>
        <translation>p. ex. CR/2025/311</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Quantité *</translation>
    </message>
    <message>
        <source>Taken on *</source>
        <translation>Prélevé le *</translation>
    </message>
    <message>
        <source>Withdrawn by *</source>
        <translation>Prélevé par *</translation>
    </message>
    <message>
        <source>In stock now</source>
        <translation>En stock actuellement</translation>
    </message>
    <message>
        <source>After this withdrawal</source>
        <translation>Après ce prélèvement</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Consigner le prélèvement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Record a withdrawal from {code}</source>
        <translation>Consigner un prélèvement sur {code}</translation>
    </message>
    <message>
        <source>Withdrawal from {code}</source>
        <translation>Prélèvement sur {code}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lot {lot}</translation>
    </message>
    <message>
        <source>expires {date}</source>
        <translation>péremption le {date}</translation>
    </message>
    <message>
        <source>{code} is {status}: a withdrawal can only be recorded from a standard in use.</source>
        <translation>{code} a le statut «&#xa0;{status}&#xa0;»&#xa0;: un prélèvement ne peut être consigné que sur un étalon en service.</translation>
    </message>
    <message>
        <source>The quantity withdrawn must be more than zero.</source>
        <translation>La quantité prélevée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Only {left} {unit} of {code} remain; {amount} {wunit} cannot be withdrawn.</source>
        <translation>Il ne reste que {left} {unit} de {code}&#xa0;; impossible de prélever {amount} {wunit}.</translation>
    </message>
    <message>
        <source>The time taken is in the future.</source>
        <translation>L&apos;heure du prélèvement est dans le futur.</translation>
    </message>
    <message>
        <source>Recording the withdrawal</source>
        <translation>La consignation du prélèvement</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>This could not be saved because:</source>
        <translation>Impossible d&apos;enregistrer, pour les raisons suivantes&#xa0;:</translation>
    </message>
    <message>
        <source>Correct these and try again; nothing you typed has been lost.</source>
        <translation>Corrigez ces points et réessayez&#xa0;; rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>LabNet</source>
        <translation>LabNet</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Problème de fichier</translation>
    </message>
    <message>
        <source>LabNet could not use the file {name}: {reason}.</source>
        <translation>LabNet n&apos;a pas pu utiliser le fichier {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Check that the drive is available and that you may write there, then try again.</source>
        <translation>Vérifiez que le lecteur est disponible et que vous avez le droit d&apos;y écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong that LabNet did not expect. Your work is safe: nothing that was saved is lost, and any form you had open is still open.</source>
        <translation>Un problème inattendu est survenu dans LabNet. Votre travail est en sécurité&#xa0;: rien de ce qui a été enregistré n&apos;est perdu, et tout formulaire ouvert l&apos;est encore.</translation>
    </message>
    <message>
        <source>The details were written to {path}. Please send that file to whoever supports LabNet for you.</source>
        <translation>Les détails ont été écrits dans {path}. Veuillez envoyer ce fichier à la personne qui assure l&apos;assistance de LabNet pour vous.</translation>
    </message>
    <message>
        <source>The details are below. Please copy them to whoever supports LabNet for you.</source>
        <translation>Les détails figurent ci-dessous. Veuillez les transmettre à la personne qui assure l&apos;assistance de LabNet pour vous.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <source>{doing} failed because of an unexpected error ({error}). Nothing you typed has been lost; try again, and if it happens again send the log file from the data folder to your administrator.</source>
        <translation>{doing} a échoué à cause d’une erreur inattendue ({error}). Rien de ce que vous avez saisi n’est perdu ; réessayez et, si cela se reproduit, envoyez le fichier journal du dossier de données à votre administrateur.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
</context>
</TS>
