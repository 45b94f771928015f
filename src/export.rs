//! The subject-access archive (Art. 15 and 20): `donnees.json`, one CSV per category,
//! `LISEZMOI.txt` with the Art. 15(1) information, and `manifest.json`; written atomically, 0600.

use crate::cancel::Cancel;
use crate::db::subject::{Category, Kind, Person};
use crate::error::{AppError, Result};
use crate::output::cell;
use crate::policy::{show_time, CalDuration, Policy};
use crate::settings::Controller;
use chrono::{DateTime, Datelike, SecondsFormat, Timelike, Utc};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Shape identifiers, bumped only on an incompatible change.
pub const DATA_FORMAT: &str = "rgpdctl.subject-export.v1";
pub const MANIFEST_FORMAT: &str = "rgpdctl.subject-export-manifest.v1";

/// Everything gathered about one person.
pub struct Export {
    pub exported_at: DateTime<Utc>,
    pub actor: String,
    pub person: Person,
    /// Rows per category, in `CATEGORIES` order.
    pub data: Vec<(&'static Category, Vec<Value>)>,
    /// From a simulated-clock (test/demo) database: the LISEZMOI says « [SIMULATION] ».
    pub simulated: bool,
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Export {
    /// Rows per category: the audit journal's counts (no personal data).
    pub fn counts(&self) -> Map<String, Value> {
        self.data
            .iter()
            .map(|(c, rows)| (c.key.to_string(), json!(rows.len())))
            .collect()
    }

    /// `donnees.json`: one object; `account` an object or null, every other category an array.
    pub fn document(&self, controller: &Controller) -> Value {
        let mut doc = Map::new();
        doc.insert("format".into(), json!(DATA_FORMAT));
        doc.insert("exported_at".into(), json!(iso(self.exported_at)));
        doc.insert(
            "controller".into(),
            json!({
                "name": controller.name,
                "dpo_email": controller.dpo_email,
                "platform": controller.platform_name,
                "platform_url": controller.platform_url,
            }),
        );
        doc.insert(
            "subject".into(),
            json!({"account_id": self.person.account_id, "email": self.person.email}),
        );
        doc.insert("counts".into(), Value::Object(self.counts()));
        for (cat, rows) in &self.data {
            let v = if cat.key == "account" {
                rows.first().cloned().unwrap_or(Value::Null)
            } else {
                Value::Array(rows.clone())
            };
            doc.insert(cat.key.into(), v);
        }
        Value::Object(doc)
    }

    /// The files of the archive, manifest last.
    pub fn files(
        &self,
        controller: &Controller,
        policy: &Policy,
    ) -> Result<Vec<(String, Vec<u8>)>> {
        let mut files = vec![
            (
                "LISEZMOI.txt".to_string(),
                self.readme(controller, policy).into_bytes(),
            ),
            (
                "donnees.json".to_string(),
                serde_json::to_vec_pretty(&self.document(controller))?,
            ),
        ];
        for (cat, rows) in &self.data {
            files.push((cat.file.to_string(), csv_bytes(cat, rows)?));
        }
        let manifest = manifest(
            &files,
            self.exported_at,
            &self.actor,
            self.person.account_id,
        );
        files.push((
            "manifest.json".into(),
            serde_json::to_vec_pretty(&manifest)?,
        ));
        Ok(files)
    }

    /// LISEZMOI.txt: the Art. 15(1) information, in French, from the configuration.
    pub fn readme(&self, c: &Controller, p: &Policy) -> String {
        let mut contents = String::new();
        for (cat, rows) in &self.data {
            contents.push_str(&format!(
                "    {:<30} {} : {} enregistrement{}\n",
                cat.file,
                cat.title,
                rows.len(),
                if rows.len() > 1 { "s" } else { "" }
            ));
        }
        format!(
            "\u{feff}{simulation}VOS DONNÉES PERSONNELLES - {platform} ({url})
Export réalisé le {date} (heure de Paris), en réponse à votre demande d'accès
(article 15 du RGPD) et de portabilité (article 20 du RGPD).

1. CONTENU DE CETTE ARCHIVE

- donnees.json : l'ensemble de vos données dans un format structuré, couramment utilisé
  et lisible par machine (portabilité) ; dates en UTC au format ISO 8601 ;
- un fichier CSV par catégorie de données (UTF-8, séparateur point-virgule ; il s'ouvre
  dans un tableur) ; dates à l'heure de Paris :
{contents}- manifest.json : la taille et l'empreinte SHA-256 de chaque fichier, pour vérifier qu'aucun
  n'a été modifié ;
- LISEZMOI.txt : ce document.

2. RESPONSABLE DU TRAITEMENT

{name}, représentée par {rep}.
Adresse : {postal}
Délégué à la protection des données : {dpo}

3. FINALITÉS ET BASES LÉGALES

Plateforme open data (mission d'intérêt public) :
- le bon fonctionnement et l'amélioration permanente de la plateforme et de ses fonctionnalités ;
- l'envoi de newsletters ou de communications, notamment en cas d'abonnement à un jeu de données ;
- la gestion des demandes d'exercice de droits ;
- l'élaboration de statistiques destinées à améliorer la plateforme et ses services.
Enquêtes de satisfaction (votre consentement, que vous pouvez retirer à tout moment) :
- estimer et améliorer la qualité des services rendus, recueillir vos avis et suggestions.

4. CATÉGORIES DE DONNÉES TRAITÉES

- données d'identification : pseudonyme, nom, prénom, adresse email ;
- données de gestion du compte : rôle, dates de création et de dernière activité, limitation,
  opposition, directives post mortem ;
- données de connexion : adresse IP, dates et heures de connexion, géolocalisation
  approximative, requêtes effectuées ;
- données de mesure d'audience (cookies) ;
- abonnements à des jeux de données et jeux de données publiés ;
- adresse email de réponse aux enquêtes et réponses données ;
- demandes d'exercice de droits et messages qui vous ont été envoyés.

5. DESTINATAIRES

- les agents habilités des services de {name} ;
- le sous-traitant d'hébergement : {hosting} ;
- le sous-traitant d'envoi d'emails : {mail} ;
- le sous-traitant d'enquêtes : {survey}.
Certaines données peuvent être communiquées à des autorités légalement habilitées pour
satisfaire des obligations légales. Vos données ne sont ni vendues, ni utilisées pour une
autre finalité, ni transférées hors de l'Union européenne.

6. DURÉES DE CONSERVATION

- données d'identification et du compte : {inactivity} après votre dernière activité ; un email
  de prévention vous est envoyé {lead} avant la suppression du compte ;
- données de connexion : {logs} ;
- données de mesure d'audience (cookies) : {audience} ;
- adresse email de réponse aux enquêtes : {survey_email}, puis effacée ou anonymisée (les
  réponses anonymes sont conservées à des fins statistiques) ;
- abonnements et lien avec les jeux de données publiés : tant que le compte existe ;
- messages d'avertissement : tant que le compte existe ;
- demandes d'exercice de droits : conservées au registre des demandes, pour justifier de la
  réponse apportée.
{deviation}Nous répondons à une demande dans un délai de {deadline} à compter de sa réception, délai
qui peut être prolongé de {extension} compte tenu de la complexité ou du nombre de demandes ;
vous en êtes alors informé dans le premier délai.

7. SOURCE DES DONNÉES

Les données proviennent de vous : saisies lors de la création et de l'utilisation de votre
compte, produites par votre navigation sur la plateforme (connexion, mesure d'audience),
données en réponse aux enquêtes de satisfaction, ou transmises avec vos demandes.

8. PRISE DE DÉCISION AUTOMATISÉE

Aucune décision automatisée, y compris un profilage, n'est prise à partir de vos données.

9. VOS DROITS

- accéder à vos données (article 15 du RGPD) ;
- retirer votre consentement à tout moment (article 7) ;
- rectifier des données inexactes ou compléter des données incomplètes (article 16) ;
- obtenir l'effacement de vos données dans les cas prévus par l'article 17 ;
- obtenir la limitation du traitement (article 18) ;
- recevoir vos données dans un format structuré et les transmettre (portabilité, article 20) ;
- vous opposer au traitement pour des raisons tenant à votre situation particulière (article 21) ;
- définir des directives sur le sort de vos données après votre décès (article 85 de la loi
  n° 78-17 du 6 janvier 1978).
Pour les exercer : {dpo}, ou par courrier : {postal}.
Assistance de la plateforme : {support}. Enquêtes : {survey_contact}.

10. RÉCLAMATION

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez
introduire une réclamation auprès de l'autorité de contrôle : {authority}.
",
            platform = c.platform_name,
            url = c.platform_url,
            date = show_time(self.exported_at),
            name = c.name,
            rep = c.representative,
            postal = c.postal_address,
            dpo = c.dpo_email,
            hosting = c.hosting_processor,
            mail = c.mail_processor,
            survey = c.survey_processor,
            inactivity = fr(p.account_inactivity),
            lead = fr(p.warning_lead),
            logs = fr(p.connection_logs),
            audience = fr(p.audience_events),
            survey_email = fr(p.survey_email),
            deadline = fr(p.request_deadline),
            extension = fr(p.request_extension),
            support = c.support_email,
            survey_contact = c.survey_contact_email,
            authority = c.supervisory_authority,
            deviation = notice_deviation_line(p),
            simulation = if self.simulated {
                "[SIMULATION] Archive produite par une base de test ou de démonstration (horloge\nsimulée) : elle ne concerne aucune personne réelle.\n\n"
            } else {
                ""
            },
        )
    }
}

/// The LISEZMOI's statement of a retention longer than the notice (issue 12), or nothing.
fn notice_deviation_line(p: &Policy) -> String {
    let devs = p.notice_deviations();
    if devs.is_empty() {
        return String::new();
    }
    let keys = devs
        .iter()
        .map(|d| {
            format!(
                "{} : {} (notice : {})",
                d.key,
                fr(d.configured),
                fr(d.notice)
            )
        })
        .collect::<Vec<_>>()
        .join(" ; ");
    format!(
        "ÉCART À LA NOTICE D'INFORMATION : des durées plus longues que celles de la notice,\n  {keys} ; motif : {}.\n",
        p.exceed_notice.as_deref().unwrap_or("non précisé").trim()
    )
}

/// A duration in French: `24 mois`, `30 jours`, `1 jour`.
pub fn fr(d: CalDuration) -> String {
    match d {
        CalDuration::Months(m) => format!("{m} mois"),
        CalDuration::Days(1) => "1 jour".into(),
        CalDuration::Days(n) => format!("{n} jours"),
    }
}

/// One category as CSV: UTF-8 with a BOM, `;`-separated, CRLF, French headers, Paris times.
pub fn csv_bytes(cat: &Category, rows: &[Value]) -> Result<Vec<u8>> {
    let mut buf = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut buf);
        w.write_record(cat.columns.iter().map(|c| c.1))?;
        for row in rows {
            w.write_record(cat.columns.iter().map(|(key, _, kind)| {
                let v = row.get(*key).unwrap_or(&Value::Null);
                match (kind, v) {
                    (_, Value::Null) => String::new(),
                    (Kind::Time, Value::String(s)) => DateTime::parse_from_rfc3339(s)
                        .map(|t| show_time(t.with_timezone(&Utc)))
                        .unwrap_or_else(|_| s.clone()),
                    (Kind::Json, v) => v.to_string(),
                    (_, v) => cell(v),
                }
            }))?;
        }
        w.flush()?;
    }
    Ok(buf)
}

/// `manifest.json`: size and SHA-256 of every other file, when and by whom.
pub fn manifest(
    files: &[(String, Vec<u8>)],
    at: DateTime<Utc>,
    actor: &str,
    account_id: Option<i64>,
) -> Value {
    let list: Vec<Value> = files
        .iter()
        .map(|(name, bytes)| {
            json!({
                "name": name,
                "size": bytes.len(),
                "sha256": hex::encode(Sha256::digest(bytes)),
            })
        })
        .collect();
    json!({
        "format": MANIFEST_FORMAT,
        "created_at": iso(at),
        "created_by": actor,
        "tool": concat!("rgpdctl ", env!("CARGO_PKG_VERSION")),
        "account_id": account_id,
        "files": list,
    })
}

/// Where the export goes.
#[derive(Debug, Clone)]
pub enum Target {
    Zip(PathBuf),
    Dir(PathBuf),
    Stdout,
}

impl Target {
    pub fn kind(&self) -> &'static str {
        match self {
            Target::Zip(_) => "zip",
            Target::Dir(_) => "dir",
            Target::Stdout => "stdout",
        }
    }

    /// Refuses an existing OUT before any work (checked again when the file is put in place).
    pub fn check(&self, force: bool) -> Result<()> {
        let path = match self {
            Target::Zip(p) | Target::Dir(p) => p,
            Target::Stdout => return Ok(()),
        };
        if !force && fs::symlink_metadata(path).is_ok() {
            return Err(exists(path));
        }
        let parent = parent_of(path);
        if !parent.is_dir() {
            return Err(AppError::failure(format!(
                "cannot write `{}`: folder `{}` does not exist",
                path.display(),
                parent.display()
            )));
        }
        Ok(())
    }
}

fn exists(path: &Path) -> AppError {
    AppError::failure(format!("`{}` already exists", path.display()))
        .hint("choose another name, or pass --force to replace it")
}

fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A name next to `path` for the file being written, so that the final rename stays on one
/// filesystem and nothing personal is left in a shared temporary folder.
fn temp_next_to(path: &Path, what: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    parent_of(path).join(format!(".{name}.{what}-{}", std::process::id()))
}

/// Removes a temporary file or folder on drop unless it was put in place.
struct TempGuard(Option<PathBuf>);
impl Drop for TempGuard {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = fs::remove_dir_all(&p).or_else(|_| fs::remove_file(&p));
        }
    }
}

fn io_err(path: &Path, e: std::io::Error) -> AppError {
    AppError::failure(format!("cannot write `{}`", path.display())).with_source(e)
}

fn new_private_file(path: &Path) -> Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| io_err(path, e))
}

/// Writes the files to `target` (zip or folder): under a temporary name in the same folder,
/// synced, then put in place. Without `force` an existing OUT is never replaced. `cancel` is
/// checked between files and chunks: a signal, like any error, removes the temporary file.
/// The export put in place is removed too unless the caller keeps it (`Placed::keep`).
pub fn write(
    target: &Target,
    files: &[(String, Vec<u8>)],
    at: DateTime<Utc>,
    force: bool,
    cancel: &Cancel,
) -> Result<Placed> {
    cancel.check()?;
    match target {
        Target::Stdout => Err(AppError::internal(
            "a stdout export is a JSON document, not files",
        )),
        Target::Zip(out) => {
            let tmp = temp_next_to(out, "tmp");
            let mut guard = TempGuard(Some(tmp.clone()));
            let file = new_private_file(&tmp)?;
            let mut zip = zip::ZipWriter::new(file);
            let local = at.with_timezone(&chrono_tz::Europe::Paris);
            let stamp = zip::DateTime::from_date_and_time(
                local.year().clamp(1980, 2107) as u16,
                local.month() as u8,
                local.day() as u8,
                local.hour() as u8,
                local.minute() as u8,
                (local.second() as u8).min(58),
            )
            .unwrap_or_default();
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .last_modified_time(stamp)
                .unix_permissions(0o600);
            for (name, bytes) in files {
                zip.start_file(name.as_str(), opts).map_err(|e| {
                    AppError::failure(format!("cannot write `{}`", tmp.display())).with_source(e)
                })?;
                write_chunked(&mut zip, &tmp, bytes, cancel)?;
            }
            cancel.check()?;
            let file = zip.finish().map_err(|e| {
                AppError::failure(format!("cannot write `{}`", tmp.display())).with_source(e)
            })?;
            file.sync_all().map_err(|e| io_err(&tmp, e))?;
            drop(file);
            if force {
                fs::rename(&tmp, out).map_err(|e| io_err(out, e))?;
            } else {
                // A hard link never replaces an existing file: the no-clobber rename.
                match fs::hard_link(&tmp, out) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        return Err(exists(out))
                    }
                    Err(e) => return Err(io_err(out, e)),
                }
                let _ = fs::remove_file(&tmp);
            }
            guard.0 = None;
            sync_dir(&parent_of(out));
            Ok(Placed(Some(target.clone())))
        }
        Target::Dir(out) => {
            let tmp = temp_next_to(out, "tmp");
            let mut guard = TempGuard(Some(tmp.clone()));
            fs::DirBuilder::new()
                .mode(0o700)
                .create(&tmp)
                .map_err(|e| io_err(&tmp, e))?;
            for (name, bytes) in files {
                let p = tmp.join(name);
                let mut f = new_private_file(&p)?;
                write_chunked(&mut f, &p, bytes, cancel)?;
                f.sync_all().map_err(|e| io_err(&p, e))?;
            }
            sync_dir(&tmp);
            cancel.check()?;
            if fs::symlink_metadata(out).is_ok() {
                if !force {
                    return Err(exists(out));
                }
                let old = temp_next_to(out, "old");
                fs::rename(out, &old).map_err(|e| io_err(out, e))?;
                fs::rename(&tmp, out).map_err(|e| io_err(out, e))?;
                let _ = fs::remove_dir_all(&old).or_else(|_| fs::remove_file(&old));
            } else {
                fs::rename(&tmp, out).map_err(|e| io_err(out, e))?;
            }
            guard.0 = None;
            sync_dir(&parent_of(out));
            Ok(Placed(Some(target.clone())))
        }
    }
}

/// Writes `bytes` to `path` a chunk at a time, stopping between chunks once cancelled.
fn write_chunked(w: &mut impl Write, path: &Path, bytes: &[u8], cancel: &Cancel) -> Result<()> {
    for chunk in bytes.chunks(WRITE_CHUNK) {
        cancel.check()?;
        w.write_all(chunk).map_err(|e| io_err(path, e))?;
    }
    Ok(())
}

/// How much is written between two checks of the cancel token.
const WRITE_CHUNK: usize = 1 << 20;

/// An export put in place: removed on drop unless kept, so that an export the database did
/// not record (its transaction failed, a signal came) does not stay behind.
#[derive(Debug)]
#[must_use = "the export is removed when this is dropped"]
pub struct Placed(Option<Target>);

impl Placed {
    /// The export is recorded: it stays.
    pub fn keep(mut self) {
        self.0 = None;
    }
}

impl Drop for Placed {
    fn drop(&mut self) {
        if let Some(t) = self.0.take() {
            remove(&t);
        }
    }
}

/// Makes a rename durable (best effort: not every filesystem supports syncing a folder).
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Removes an export put in place whose recording in the database then failed.
fn remove(target: &Target) {
    match target {
        Target::Zip(p) => {
            let _ = fs::remove_file(p);
        }
        Target::Dir(p) => {
            let _ = fs::remove_dir_all(p);
        }
        Target::Stdout => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::subject::CATEGORIES;

    #[test]
    fn csv_has_bom_french_headers_and_paris_times() {
        let cat = CATEGORIES
            .iter()
            .find(|c| c.key == "connection_logs")
            .unwrap();
        let rows = vec![
            json!({"occurred_at": "2026-01-31T09:00:00+00:00", "ip": "10.0.0.1",
                               "geo": "Toulouse; FR", "request": null, "user_agent": "x"}),
        ];
        let b = csv_bytes(cat, &rows).unwrap();
        let s = String::from_utf8(b).unwrap();
        assert!(s.starts_with("\u{feff}date et heure;adresse IP;"));
        assert!(
            s.contains("2026-01-31 10:00:00;10.0.0.1;\"Toulouse; FR\";;x\r\n"),
            "{s}"
        );
    }

    #[test]
    fn a_cancelled_write_leaves_nothing_and_a_dropped_placement_removes_the_export() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![("a.txt".to_string(), vec![b'x'; 3 * WRITE_CHUNK])];
        for target in [
            Target::Zip(dir.path().join("out.zip")),
            Target::Dir(dir.path().join("out")),
        ] {
            let cancel = Cancel::new();
            cancel.cancel(143);
            let err = write(&target, &files, Utc::now(), false, &cancel).unwrap_err();
            assert_eq!(err.exit_code(), 143);
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
            // Put in place, then not kept (the commit failed): removed.
            let placed = write(&target, &files, Utc::now(), false, &Cancel::new()).unwrap();
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
            drop(placed);
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
            write(&target, &files, Utc::now(), false, &Cancel::new())
                .unwrap()
                .keep();
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
            remove(&target);
        }
    }

    #[test]
    fn french_durations() {
        assert_eq!(fr(CalDuration::Months(24)), "24 mois");
        assert_eq!(fr(CalDuration::Days(30)), "30 jours");
        assert_eq!(fr(CalDuration::Days(1)), "1 jour");
    }

    #[test]
    fn manifest_hashes_each_file() {
        let files = vec![("a.txt".to_string(), b"abc".to_vec())];
        let m = manifest(&files, Utc::now(), "dpo", Some(3));
        assert_eq!(
            m["files"][0]["sha256"],
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(m["files"][0]["size"], 3);
        assert_eq!(m["created_by"], "dpo");
    }
}
