package sre
