//! The HTTP layers around the app, outermost first: a request id and span on every request
//! (`request`), security headers and the cross-site refusal (`security`), the session, a signed-in
//! page asked for again answered from memory (`page_memo`), what the app may know of the request (`request::meta`), where it comes from (`client`), body limits (`limits`), calm pages for
//! refused forms (`form_errors`) and valid hydration markup (`markup`). The listener adds the
//! security headers to the answers hyper gives before any of these run (`listener`). The
//! built browser files and their cache lifetimes: `site_files`.

pub mod client;
pub mod cookies;
pub mod documents;
pub mod form_errors;
pub mod limits;
pub mod listener;
pub mod manifest;
pub mod page_memo;
pub mod request;
pub mod security;
pub mod site_files;
