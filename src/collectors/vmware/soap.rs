//! A minimal vSphere SOAP (urn:vim25) client for one VM's CPU ready counter, on reqwest
//! with rustls. Works against vCenter and standalone ESXi (6.5 to 8.x): it uses only
//! calls both have had since 5.x.
//!
//! One login is kept for the daemon's life (the `vmware_soap_session` cookie); on
//! NotAuthenticated (expired or killed session) it logs in again and retries once. The VM
//! and the counter id are looked up once; a steady-state poll is two requests: the VM's
//! `config.hardware.numCPU` and `QueryPerf`.

use super::xml::{self, escape, Element};
use anyhow::{anyhow, bail, Context, Result};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Responses larger than this are refused (the perfCounter list of a big vCenter is ~1 MiB).
const MAX_RESPONSE: u64 = 16 << 20;
/// The API version we speak; every vSphere from 6.5 to 8.x accepts it.
const SOAP_ACTION: &str = "urn:vim25/6.5";

pub(crate) use crate::util::secret::Secret;

/// Read the vSphere password file (owner-only, see [`crate::util::secret::read`]).
pub(crate) fn read_password(path: &Path) -> Result<Secret> {
    crate::util::secret::read_as(path, "--vsphere-password-file", crate::util::secret::Switch::Stays)
}

/// How to connect.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub url: String,
    pub user: String,
    pub password_file: PathBuf,
    pub ca_file: Option<PathBuf>,
    pub insecure: bool,
    pub timeout: Duration,
}

/// Which VM: this one (by its BIOS UUID candidates), or one named by the operator.
#[derive(Clone, Debug)]
pub enum Target {
    Uuids(Vec<String>),
    /// `--vsphere-vm`: a managed object id (`vm-42`), an inventory path (`dc/vm/name`),
    /// or a VM name.
    Named(String),
}

/// One QueryPerf answer for the VM.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub vm: String,
    pub vm_name: String,
    pub num_cpu: u32,
    pub ready_ms: u64,
    pub interval_s: u32,
}

struct Content {
    session_manager: String,
    search_index: String,
    perf_manager: String,
    property_collector: String,
    root_folder: String,
    view_manager: Option<String>,
}

pub struct Client {
    http: reqwest::blocking::Client,
    config: Config,
    content: Option<Content>,
    cookie: Option<String>,
    vm: Option<String>,
    counter: Option<i64>,
    /// Requests sent, for the tests' and the docs' request budget.
    pub requests: u64,
}

#[derive(Debug)]
enum CallError {
    NotAuthenticated,
    Other(anyhow::Error),
}

impl From<anyhow::Error> for CallError {
    fn from(e: anyhow::Error) -> Self {
        CallError::Other(e)
    }
}

impl Client {
    pub fn new(config: Config) -> Result<Client> {
        let mut b = reqwest::blocking::Client::builder().timeout(config.timeout);
        if let Some(ca) = &config.ca_file {
            let pem =
                crate::util::file::read(ca, 4 << 20).with_context(|| format!("--vsphere-ca-file {}", ca.display()))?;
            let cert =
                reqwest::Certificate::from_pem(&pem).with_context(|| format!("--vsphere-ca-file {}", ca.display()))?;
            b = b.add_root_certificate(cert);
        }
        if config.insecure {
            b = b.danger_accept_invalid_certs(true);
        }
        let http = b.build().context("cannot build the HTTPS client")?;
        Ok(Client { http, config, content: None, cookie: None, vm: None, counter: None, requests: 0 })
    }

    /// The VM's CPU ready over the latest realtime sample; logs in (again) as needed.
    pub fn sample(&mut self, target: &Target) -> Result<Sample> {
        let result = self.sample_once_or_relogin(target);
        if result.is_err() {
            // Find the VM again next time: it may have moved (a new moref on another host).
            self.vm = None;
        }
        result
    }

    fn sample_once_or_relogin(&mut self, target: &Target) -> Result<Sample> {
        match self.try_sample(target) {
            Err(CallError::NotAuthenticated) => {
                log::info!(target: "vmware", "vSphere session expired; logging in again");
                self.cookie = None;
                self.try_sample(target).map_err(|e| match e {
                    CallError::NotAuthenticated => anyhow!("vSphere says not authenticated right after a login"),
                    CallError::Other(e) => e,
                })
            }
            other => other.map_err(|e| match e {
                CallError::NotAuthenticated => anyhow!("not authenticated"),
                CallError::Other(e) => e,
            }),
        }
    }

    fn try_sample(&mut self, target: &Target) -> Result<Sample, CallError> {
        if self.content.is_none() {
            self.content = Some(self.service_content()?);
        }
        if self.cookie.is_none() {
            self.login()?;
        }
        if self.vm.is_none() {
            self.vm = Some(self.find_vm(target)?);
        }
        if self.counter.is_none() {
            self.counter = Some(self.ready_counter()?);
        }
        let vm = self.vm.clone().expect("set above");
        let (vm_name, num_cpu) = self.vm_properties(&vm)?;
        let (ready_ms, interval_s) = self.query_ready(&vm)?;
        Ok(Sample { vm, vm_name, num_cpu, ready_ms, interval_s })
    }

    fn content(&self) -> &Content {
        self.content.as_ref().expect("service content fetched first")
    }

    /// POST one call; the element inside `<Body>` (the `...Response`), or the fault.
    fn call(&mut self, body: &str) -> Result<Element, CallError> {
        let envelope = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope \
             xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:urn=\"urn:vim25\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>{body}</soapenv:Body></soapenv:Envelope>"
        );
        // A per-request timeout bounds the whole exchange, body included: the client-wide
        // one of reqwest's blocking client applies to each read, so an answer trickled a
        // byte at a time would never end.
        let mut req = self
            .http
            .post(&self.config.url)
            .timeout(self.config.timeout)
            .header("Content-Type", "text/xml; charset=utf-8")
            .header("SOAPAction", SOAP_ACTION)
            .body(envelope);
        if let Some(c) = &self.cookie {
            req = req.header("Cookie", c);
        }
        self.requests += 1;
        let resp = req.send().map_err(|e| anyhow!("{}: {}", self.config.url, error_chain(&e)))?;
        let status = resp.status();
        if let Some(cookie) = resp
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| v.split(';').next().filter(|c| c.trim_start().starts_with("vmware_soap_session=")))
        {
            self.cookie = Some(cookie.trim().to_string());
        }
        let mut bytes = Vec::new();
        resp.take(MAX_RESPONSE + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| anyhow!("reading the response from {}: {}", self.config.url, error_chain(&e)))?;
        if bytes.len() as u64 > MAX_RESPONSE {
            return Err(anyhow!("response larger than {MAX_RESPONSE} bytes").into());
        }
        let doc = xml::parse(&bytes).map_err(|e| anyhow!("HTTP {status}, unreadable SOAP response: {e:#}"))?;
        let body = doc.find("Body").ok_or_else(|| anyhow!("HTTP {status}: no SOAP Body"))?;
        let first = body.children.first().ok_or_else(|| anyhow!("HTTP {status}: empty SOAP Body"))?;
        if first.name == "Fault" {
            let text = first.child_text("faultstring").unwrap_or("").to_string();
            let kind = first
                .child("detail")
                .and_then(|d| d.children.first())
                .map(|f| f.attr("type").map(str::to_string).unwrap_or_else(|| f.name.clone()))
                .unwrap_or_default();
            if kind.contains("NotAuthenticated") || text.to_ascii_lowercase().contains("not authenticated") {
                return Err(CallError::NotAuthenticated);
            }
            return Err(anyhow!("vSphere fault: {text} ({kind})").into());
        }
        if !status.is_success() {
            return Err(anyhow!("HTTP {status}").into());
        }
        Ok(first.clone())
    }

    fn service_content(&mut self) -> Result<Content, CallError> {
        let r = self.call(
            "<urn:RetrieveServiceContent><urn:_this type=\"ServiceInstance\">ServiceInstance</urn:_this></urn:RetrieveServiceContent>",
        )?;
        let rv = r.child("returnval").ok_or_else(|| anyhow!("RetrieveServiceContent: no returnval"))?;
        let get = |n: &str| rv.child_text(n).map(str::to_string).ok_or_else(|| anyhow!("service content lacks {n}"));
        Ok(Content {
            session_manager: get("sessionManager")?,
            search_index: get("searchIndex")?,
            perf_manager: get("perfManager")?,
            property_collector: get("propertyCollector")?,
            root_folder: get("rootFolder")?,
            view_manager: rv.child_text("viewManager").map(str::to_string),
        })
    }

    fn login(&mut self) -> Result<(), CallError> {
        let password = read_password(&self.config.password_file)?;
        let body = format!(
            "<urn:Login><urn:_this type=\"SessionManager\">{}</urn:_this><urn:userName>{}</urn:userName>\
             <urn:password>{}</urn:password></urn:Login>",
            escape(&self.content().session_manager),
            escape(&self.config.user),
            escape(password.expose())
        );
        drop(password);
        match self.call(&body) {
            Ok(_) if self.cookie.is_some() => {
                log::info!(target: "vmware", "logged in to {} as {}", self.config.url, self.config.user);
                Ok(())
            }
            Ok(_) => Err(anyhow!("vSphere login as {} returned no session cookie", self.config.user).into()),
            Err(CallError::Other(e)) => Err(anyhow!("vSphere login as {} failed: {e:#}", self.config.user).into()),
            Err(e) => Err(e),
        }
    }

    fn find_vm(&mut self, target: &Target) -> Result<String, CallError> {
        let si = escape(&self.content().search_index);
        match target {
            Target::Uuids(uuids) => {
                for uuid in uuids {
                    let r = self.call(&format!(
                        "<urn:FindByUuid><urn:_this type=\"SearchIndex\">{si}</urn:_this><urn:uuid>{}</urn:uuid>\
                         <urn:vmSearch>true</urn:vmSearch><urn:instanceUuid>false</urn:instanceUuid></urn:FindByUuid>",
                        escape(uuid)
                    ))?;
                    if let Some(vm) = r.child_text("returnval").filter(|v| !v.is_empty()) {
                        return Ok(vm.to_string());
                    }
                }
                Err(anyhow!("no VM with BIOS UUID {} in {}; set --vsphere-vm", uuids.join(" or "), self.config.url)
                    .into())
            }
            Target::Named(name) if is_moref(name) => Ok(name.clone()),
            Target::Named(path) if path.contains('/') => {
                let r = self.call(&format!(
                    "<urn:FindByInventoryPath><urn:_this type=\"SearchIndex\">{si}</urn:_this>\
                     <urn:inventoryPath>{}</urn:inventoryPath></urn:FindByInventoryPath>",
                    escape(path)
                ))?;
                r.child("returnval")
                    .filter(|v| v.attr("type") == Some("VirtualMachine"))
                    .map(|v| v.text.trim().to_string())
                    .ok_or_else(|| anyhow!("no VM at inventory path {path}").into())
            }
            Target::Named(name) => self.find_by_name(name),
        }
    }

    /// A VM by name, through a container view over the whole inventory (once).
    fn find_by_name(&mut self, name: &str) -> Result<String, CallError> {
        let vmgr = self
            .content()
            .view_manager
            .clone()
            .ok_or_else(|| anyhow!("this server has no view manager; give --vsphere-vm as a moref"))?;
        let root = escape(&self.content().root_folder);
        let view = self.call(&format!(
            "<urn:CreateContainerView><urn:_this type=\"ViewManager\">{}</urn:_this><urn:container type=\"Folder\">{root}</urn:container>\
             <urn:type>VirtualMachine</urn:type><urn:recursive>true</urn:recursive></urn:CreateContainerView>",
            escape(&vmgr)
        ))?;
        let view = view.child_text("returnval").ok_or_else(|| anyhow!("CreateContainerView: no view"))?.to_string();
        let props = self.retrieve(
            "<urn:propSet><urn:type>VirtualMachine</urn:type><urn:pathSet>name</urn:pathSet></urn:propSet>",
            &format!(
                "<urn:objectSet><urn:obj type=\"ContainerView\">{}</urn:obj><urn:skip>true</urn:skip>\
                 <urn:selectSet xsi:type=\"urn:TraversalSpec\"><urn:name>view</urn:name><urn:type>ContainerView</urn:type>\
                 <urn:path>view</urn:path><urn:skip>false</urn:skip></urn:selectSet></urn:objectSet>",
                escape(&view)
            ),
        );
        let _ = self.call(&format!(
            "<urn:DestroyView><urn:_this type=\"ContainerView\">{}</urn:_this></urn:DestroyView>",
            escape(&view)
        ));
        let props = props?;
        let found = props.iter().find(|(_, n, v)| n == "name" && v.text.trim() == name).map(|(obj, _, _)| obj.clone());
        found.ok_or_else(|| anyhow!("no VM named {name:?}").into())
    }

    /// RetrievePropertiesEx: (object id, property name, value element) triples.
    fn retrieve(&mut self, prop_set: &str, object_set: &str) -> Result<Vec<(String, String, Element)>, CallError> {
        let r = self.call(&format!(
            "<urn:RetrievePropertiesEx><urn:_this type=\"PropertyCollector\">{}</urn:_this><urn:specSet>{prop_set}{object_set}</urn:specSet>\
             <urn:options/></urn:RetrievePropertiesEx>",
            escape(&self.content().property_collector)
        ))?;
        let mut out = Vec::new();
        if let Some(rv) = r.child("returnval") {
            for obj in rv.children_named("objects") {
                let id = obj.child_text("obj").unwrap_or("").to_string();
                // Properties the server would not give come back in missingSet, each with
                // its fault: an expired session shows here, not as a SOAP fault.
                if let Some(missing) = obj.child("missingSet") {
                    let kind = missing
                        .child("fault")
                        .and_then(|f| f.child("fault"))
                        .and_then(|f| f.attr("type"))
                        .unwrap_or("unknown");
                    if kind.contains("NotAuthenticated") {
                        return Err(CallError::NotAuthenticated);
                    }
                    let path = missing.child_text("path").unwrap_or("?");
                    return Err(anyhow!("vSphere would not give {path} of {id}: {kind}").into());
                }
                for p in obj.children_named("propSet") {
                    if let (Some(n), Some(v)) = (p.child_text("name"), p.child("val")) {
                        out.push((id.clone(), n.to_string(), v.clone()));
                    }
                }
            }
        }
        Ok(out)
    }

    fn vm_properties(&mut self, vm: &str) -> Result<(String, u32), CallError> {
        let props = self.retrieve(
            "<urn:propSet><urn:type>VirtualMachine</urn:type><urn:pathSet>name</urn:pathSet>\
             <urn:pathSet>config.hardware.numCPU</urn:pathSet></urn:propSet>",
            &format!("<urn:objectSet><urn:obj type=\"VirtualMachine\">{}</urn:obj></urn:objectSet>", escape(vm)),
        )?;
        let get = |n: &str| props.iter().find(|(_, p, _)| p == n).map(|(_, _, v)| v.text.trim().to_string());
        let name = get("name").unwrap_or_default();
        let cpus =
            get("config.hardware.numCPU").ok_or_else(|| anyhow!("VM {vm} has no config.hardware.numCPU (gone?)"))?;
        let cpus: u32 = cpus.parse().map_err(|_| anyhow!("config.hardware.numCPU of {vm} is {cpus:?}"))?;
        if cpus == 0 {
            return Err(anyhow!("VM {vm} reports 0 vCPUs").into());
        }
        Ok((name, cpus))
    }

    /// The id of cpu.ready.summation, looked up by group, name and rollup: ids differ
    /// between vCenter and ESXi (and vcsim's VPX and ESX models).
    fn ready_counter(&mut self) -> Result<i64, CallError> {
        let props = self.retrieve(
            "<urn:propSet><urn:type>PerformanceManager</urn:type><urn:pathSet>perfCounter</urn:pathSet></urn:propSet>",
            &format!(
                "<urn:objectSet><urn:obj type=\"PerformanceManager\">{}</urn:obj></urn:objectSet>",
                escape(&self.content().perf_manager)
            ),
        )?;
        let (_, _, list) =
            props.into_iter().find(|(_, n, _)| n == "perfCounter").ok_or_else(|| anyhow!("no perfCounter list"))?;
        find_ready_counter(&list).map_err(Into::into)
    }

    fn query_ready(&mut self, vm: &str) -> Result<(u64, u32), CallError> {
        let counter = self.counter.expect("looked up first");
        let r = self.call(&format!(
            "<urn:QueryPerf><urn:_this type=\"PerformanceManager\">{}</urn:_this><urn:querySpec>\
             <urn:entity type=\"VirtualMachine\">{}</urn:entity><urn:maxSample>1</urn:maxSample>\
             <urn:metricId><urn:counterId>{counter}</urn:counterId><urn:instance></urn:instance></urn:metricId>\
             <urn:intervalId>20</urn:intervalId></urn:querySpec></urn:QueryPerf>",
            escape(&self.content().perf_manager),
            escape(vm)
        ))?;
        latest_ready(&r, counter).map_err(Into::into)
    }
}

fn is_moref(s: &str) -> bool {
    s.strip_prefix("vm-").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The whole cause chain of a transport error (TLS failures hide in the sources).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s += &format!(": {c}");
        cur = c.source();
    }
    s
}

/// cpu / ready / summation in a `perfCounter` value (ArrayOfPerfCounterInfo).
pub(crate) fn find_ready_counter(list: &Element) -> Result<i64> {
    for info in list.children_named("PerfCounterInfo") {
        let key = |n: &str| info.child(n).and_then(|c| c.child_text("key")).unwrap_or("");
        if key("groupInfo") == "cpu" && key("nameInfo") == "ready" && info.child_text("rollupType") == Some("summation")
        {
            return info.child_num("key");
        }
    }
    bail!("the server has no cpu.ready.summation counter")
}

/// (ready ms, interval s) of the newest sample of `counter`, instance "" (the whole VM),
/// in a QueryPerfResponse. vSphere returns samples oldest first, vcsim newest first:
/// pick by timestamp, not position.
pub(crate) fn latest_ready(response: &Element, counter: i64) -> Result<(u64, u32)> {
    let metric = response.child("returnval").context("QueryPerf returned no samples (is the VM powered on?)")?;
    let infos: Vec<&Element> = metric.children_named("sampleInfo").collect();
    let series = metric
        .children_named("value")
        .find(|v| {
            v.child("id").is_some_and(|id| {
                id.child_text("counterId").and_then(|c| c.parse::<i64>().ok()) == Some(counter)
                    && id.child_text("instance").unwrap_or("").is_empty()
            })
        })
        .context("QueryPerf returned no cpu.ready series for the whole VM")?;
    let values: Vec<&Element> = series.children_named("value").collect();
    if infos.is_empty() || infos.len() != values.len() {
        bail!("QueryPerf returned {} sample times for {} values", infos.len(), values.len());
    }
    let newest = (0..infos.len()).max_by_key(|&i| infos[i].child_text("timestamp").unwrap_or("")).expect("not empty");
    let ms: i64 = values[newest]
        .text
        .trim()
        .parse()
        .map_err(|_| anyhow!("ready value {:?} is not a number", values[newest].text))?;
    let interval: u32 = infos[newest].child_num("interval")?;
    if ms < 0 || interval == 0 {
        bail!("no valid sample yet (ready {ms} ms over {interval} s)");
    }
    Ok((ms as u64, interval))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;
    use std::time::Instant;

    /// A server that answers with headers at once, then one byte every 0.3 s.
    fn trickling_server() -> (String, std::thread::JoinHandle<()>) {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/sdk", listener.local_addr().unwrap());
        let handle = std::thread::spawn(move || {
            let (mut conn, _) = listener.accept().unwrap();
            let mut req = [0u8; 4096];
            let _ = conn.read(&mut req);
            let _ = conn.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n<");
            for _ in 0..40 {
                std::thread::sleep(Duration::from_millis(300));
                if conn.write_all(b" ").is_err() {
                    return; // the client gave up: what the test wants
                }
            }
        });
        (url, handle)
    }

    #[test]
    fn the_timeout_bounds_the_whole_request_even_a_trickled_answer() {
        let (url, server) = trickling_server();
        let dir = tempfile::tempdir().unwrap();
        let config = Config {
            url,
            user: "u".into(),
            password_file: dir.path().join("pw"),
            ca_file: None,
            insecure: false,
            timeout: Duration::from_secs(2),
        };
        let mut client = Client::new(config).unwrap();
        let started = Instant::now();
        let err = client.sample(&Target::Named("vm-1".into())).unwrap_err();
        let took = started.elapsed();
        assert!(took < Duration::from_millis(3500), "took {took:?}: {err:#}");
        assert!(took >= Duration::from_millis(1900), "gave up too early ({took:?}): {err:#}");
        let text = format!("{err:#}");
        assert!(text.contains("timed out") || text.contains("time"), "{text}");
        server.join().unwrap();
    }
}
