var everywhere = true;
