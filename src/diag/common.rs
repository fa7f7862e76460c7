//! Sentences said in more than one layer (by readers and by rules).

crate::texts! {
    pub(crate) DID_YOU_MEAN = "did-you-mean" {
        "did you mean `{suggestion}`?",
        "có phải là `{suggestion}`?",
    }
}
